using System.Text.RegularExpressions;

namespace PressMine.Extract;

/// <summary>What a verb does to the count that follows it.</summary>
internal enum ActionKind
{
    /// <summary>A word that contains a verb but is a name (督导组, 检查小组): hides the verb.</summary>
    Blocker,
    Found, Rectify, Inspect, Issue, Suggest, Accountability, Cover, Other,
    /// <summary>Setting up teams, deploying people, publicity: what follows is not a result.</summary>
    Deploy,
    /// <summary>Background statistics of the area or the scene (辖, 共有, 隔离, 复工).</summary>
    Background,
}

/// <summary>What the counted noun is.</summary>
/// <summary>What the counted noun is; <see cref="Complaint"/> is a petition, complaint or report from the public (信访件, 投诉).</summary>
/// <see cref="Need"/> is a difficulty or request of a business or resident (难题, 诉求): solving it is a service, not a rectification.
/// <see cref="Unknown"/> is a noun the lexicon does not know (账号, 措施, 国家): it is there, so the count is not one of
/// the problems or hazards the passage spoke of before.
internal enum NounKind { None, Hazard, Problem, Notice, Suggestion, Group, Entity, SitePoint, Region, Complaint, Need, Vehicle, Unknown }

internal sealed record ActionHit(int Start, int End, string Word, ActionKind Kind, string? OtherKind);

/// <summary>The supervision vocabulary: verbs with what they do, and noun classes.</summary>
internal static class MetricLexicon
{
    private static RuleBook Rules => RuleBook.Default;

    // Longest first; among equally long words the file's order.
    private static readonly Lazy<ActionWord[]> Actions = new(() => Rules.Actions.OrderByDescending(a => a.Word.Length).ToArray());

    /// <summary>Verb hits in the text, longest match first, without overlaps; blockers are dropped.</summary>
    public static IReadOnlyList<ActionHit> FindActions(string text)
    {
        var taken = new bool[text.Length];
        var hits = new List<ActionHit>();
        foreach (var (word, kind, other) in Actions.Value)
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                if (Enumerable.Range(at, word.Length).Any(k => taken[k])) continue;
                for (var k = at; k < at + word.Length; k++) taken[k] = true;
                var named = kind != ActionKind.Blocker && StartsName(text, at + word.Length);
                hits.Add(new ActionHit(at, at + word.Length, word, named ? ActionKind.Blocker : kind, other));
            }
        }
        return hits.Where(h => h.Kind != ActionKind.Blocker).OrderBy(h => h.Start).ToList();
    }

    /// <summary>中央宣传部, 检测中心: a verb followed by a body's suffix is part of the body's name.</summary>
    private static bool StartsName(string text, int at) =>
        Rules.List("name_suffix").Any(w => string.CompareOrdinal(text, at, w, 0, w.Length) == 0)
        && !Rules.List("name_suffix_not").Any(w => string.CompareOrdinal(text, at, w, 0, w.Length) == 0);

    private static IReadOnlyList<string> GroupEnds => Rules.List("group_end");
    private static IReadOnlyList<string> Notices => Rules.List("notice");
    private static IReadOnlyList<string> Entities => Rules.List("entity");
    private static IReadOnlyList<string> AbstractPoints => Rules.List("abstract_point");
    private static IReadOnlyList<string> SitePlaces => Rules.List("site_place");
    private static IReadOnlyList<string> Complaints => Rules.List("complaint");
    private static IReadOnlyList<string> Needs => Rules.List("need");
    private static IReadOnlyList<string> Suggestions => Rules.List("suggestion");
    private static IReadOnlyList<string> Regions => Rules.List("region");
    private static IReadOnlyList<string> SupervisionWords => Rules.List("supervision_word");

    /// <summary>
    /// Whether the text names supervision work or bodies (督导组, 纪委, 巡察): there a 难题 solved is a problem
    /// rectified; elsewhere (an economy bureau visiting firms) it is a service given.
    /// </summary>
    public static bool SpeaksOfSupervision(string text) => SupervisionWords.Any(text.Contains);

    /// <summary>The class of a noun phrase; the most specific class found wins (隐患 beats 问题).</summary>
    public static NounKind ClassifyNoun(string noun)
    {
        noun = Parenthetical.Replace(noun, ""); // 村（社区） is a 村
        if (noun.Length == 0) return NounKind.None;
        if (noun.EndsWith("清单")) return NounKind.Notice; // 问题清单11份: a document listing problems
        if (noun.Contains("隐患")) return NounKind.Hazard;
        // The head of a compound noun is its last word: 投诉问题线索 are leads from complaints, not problems.
        if (Complaints.Any(noun.EndsWith)) return NounKind.Complaint;
        if (Rules.List("request_head").Any(noun.EndsWith)) return NounKind.Need; // 问题诉求 are requests of businesses, not problems
        if (noun.Contains("问题") || Rules.List("problem").Any(noun.Contains)) return NounKind.Problem;
        if (Complaints.Any(noun.Contains)) return NounKind.Complaint;
        if (Needs.Any(noun.Contains)) return NounKind.Need;
        if (Notices.Any(noun.Contains)) return NounKind.Notice;
        if (Suggestions.Any(noun.EndsWith)) return NounKind.Suggestion; // 提案题目 are topics, not proposals
        if (IsGroup(noun)) return NounKind.Group;
        if (Entities.Any(noun.Contains)) return NounKind.Entity;
        if (noun.Contains("车辆") || noun.EndsWith('车')) return NounKind.Vehicle;
        if (SitePlaces.Any(noun.EndsWith)) return NounKind.SitePoint;
        if (noun.EndsWith("点位") || noun.EndsWith("卡口") || (noun.EndsWith('点') && !AbstractPoints.Any(noun.EndsWith))) return NounKind.SitePoint;
        if (Regions.Any(noun.EndsWith) || Regions.Any(r => noun.StartsWith(r) && r.Length > 1)) return NounKind.Region;
        return NounKind.None;
    }

    /// <summary>
    /// Whether a stretch of text holds a noun of its own once filler words (了, 的, 共, 各类, 累计…) are cut off
    /// both ends: two or more Chinese characters remain.
    /// </summary>
    public static bool HoldsNoun(string text)
    {
        text = Parenthetical.Replace(text, "");
        var fillers = Rules.List("noun_filler");
        bool cut;
        do
        {
            cut = false;
            foreach (var f in fillers)
            {
                if (text.StartsWith(f, StringComparison.Ordinal)) { text = text[f.Length..]; cut = true; }
                if (text.EndsWith(f, StringComparison.Ordinal)) { text = text[..^f.Length]; cut = true; }
            }
        } while (cut && text.Length > 0);
        return text.Count(c => c is >= '\u4e00' and <= '\u9fff') >= 2;
    }

    private static readonly Regex Parenthetical = new("（[^）]*）|\\([^)]*\\)", RegexOptions.Compiled);

    private static bool IsGroup(string noun) => !noun.EndsWith("党组") && GroupEnds.Any(noun.EndsWith); // 单位党组 is a party body
}
