namespace PressMine.Places;

/// <summary>A division name found in a text: where, and what it may refer to.</summary>
/// <param name="Suffixed">A short form written with a division suffix after it (鄂温克旗, 南江县): evidence it is a place.</param>
internal readonly record struct Mention(int Start, int Length, PlaceName Name, bool Suffixed = false);

/// <summary>
/// Finds division names in text, longest match first, left to right. Ordinary words (合作, 安宁, 同心, 东方) are
/// skipped unless the text gives evidence: their full name with its suffix (合作市) is a name of its own, and a
/// bare word right after a parent of the division (甘南合作, 宁夏同心, 海南东方) is read as that division.
/// A short form directly followed by a street or facility word (上海路, 宁波中学) is not a mention.
/// </summary>
internal sealed class MentionScanner(Gazetteer gazetteer)
{
    const string StreetChars = "路街巷道桥";
    const string DivisionSuffixes = "省市区县旗盟州";
    static readonly string[] FacilityWords =
    [
        "中路", "东路", "西路", "南路", "北路", "大道", "大街", "大桥", "公园", "广场", "大学", "学院", "中学",
        "小学", "医院", "宾馆", "饭店", "酒店", "大厦", "机场", "火车站", "银行", "商场", "花园",
    ];

    /// <summary>Appends the mentions in <paramref name="text"/> to <paramref name="into"/> (which is not cleared).</summary>
    public void Scan(ReadOnlySpan<char> text, List<Mention> into, int offset = 0)
    {
        int i = 0;
        while (i < text.Length - 1)
        {
            int longest = Math.Min(gazetteer.LongestNameStartingWith(text[i], text[i + 1]), text.Length - i);
            int matched = 0;
            for (int len = longest; len >= 2; len--)
            {
                var name = gazetteer.Lookup(text.Slice(i, len));
                if (name is null) continue;
                if (name.IsCommonWord)
                {
                    if (!ParentRightBefore(text, i, into, offset, name)) continue;
                    into.Add(new Mention(offset + i, len, name, Suffixed: true));
                    matched = len;
                    break;
                }
                if (name.IsShortOnly && IsFollowedByStreetWord(text[(i + len)..])) continue;
                bool suffixed = name.IsShortOnly && i + len < text.Length && DivisionSuffixes.Contains(text[i + len]);
                into.Add(new Mention(offset + i, len, name, suffixed));
                matched = len;
                break;
            }
            i += matched > 0 ? matched : 1;
        }
    }

    /// <summary>The mention just before (at most a division suffix between: 甘南州合作) names a parent of one of the word's divisions.</summary>
    bool ParentRightBefore(ReadOnlySpan<char> text, int i, List<Mention> into, int offset, PlaceName name)
    {
        if (into.Count == 0) return false;
        var previous = into[^1];
        int end = previous.Start + previous.Length - offset;
        if (end < 0 || end > i) return false;
        if (i - end > 1 || (i - end == 1 && !DivisionSuffixes.Contains(text[end]))) return false;
        foreach (var parent in previous.Name.Owners)
        foreach (var owner in name.Owners)
            if (owner.Entry != parent.Entry && gazetteer.IsAncestorOrSelf(parent.Entry, owner.Entry)) return true;
        return false;
    }

    static bool IsFollowedByStreetWord(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty) return false;
        if (StreetChars.Contains(rest[0])) return true;
        foreach (var word in FacilityWords)
            if (rest.StartsWith(word, StringComparison.Ordinal)) return true;
        return false;
    }
}
