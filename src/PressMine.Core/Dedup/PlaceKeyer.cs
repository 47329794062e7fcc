using PressMine.Places;

namespace PressMine.Dedup;

/// <summary>
/// The set of administrative divisions a body names, as sorted division codes: a cheap key that tells two
/// template-sharing reports from different places apart even when their counts agree.
/// </summary>
public sealed class PlaceKeyer(Gazetteer gazetteer) : IPlaceKey
{
    readonly MentionScanner scanner = new(gazetteer);

    static readonly Lazy<PlaceKeyer?> DefaultInstance = new(() =>
        Directory.Exists(Gazetteer.DefaultDirectory) ? new PlaceKeyer(Gazetteer.Default) : null);

    /// <summary>The keyer over the bundled gazetteer, or null when the build carries none.</summary>
    public static PlaceKeyer? Default => DefaultInstance.Value;

    /// <summary>
    /// Divisions named in the body's text lines. Credit lines (来源：四川日报) are left out: a republished copy adds
    /// its paper's name, which often holds a place, and is still the same article.
    /// </summary>
    public string Key(string body)
    {
        var mentions = new List<Mention>();
        foreach (var line in body.Split('\n'))
            if (!BodyNormalizer.IsCreditLine(line)) scanner.Scan(line, mentions);
        var codes = new SortedSet<int>();
        foreach (var m in mentions)
            if (!m.Name.NeedsContext) codes.Add(gazetteer.CodeOf(m.Name.Owners[0].Entry));
        return string.Join(',', codes);
    }
}
