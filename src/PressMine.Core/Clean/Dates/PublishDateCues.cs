using PressMine.Clean.Lexicon;

namespace PressMine.Clean;

/// <summary>The cue words of the publish-date search, read from corpus/clean/publish-dates.txt.</summary>
internal sealed record PublishDateCues(
    IReadOnlyList<string> MetaKeys,
    IReadOnlySet<string> ConfirmingMetaKeys,
    IReadOnlyList<string> JsonLdKeys,
    IReadOnlySet<string> UrlAttributes,
    IReadOnlyList<string> BylineLabels,
    IReadOnlyList<string> BylineNoise,
    IReadOnlyList<(string Opening, string BeforeDate, string Closing)> ForumPost,
    IReadOnlyList<string> NotABylineMarkers,
    IReadOnlyList<string> SubtitleOpenings,
    IReadOnlyList<string> ScriptUnixTimes)
{
    private static readonly Lazy<PublishDateCues> Shared = new(() => From(SectionedWordList.Load("clean", "publish-dates.txt")));

    public static PublishDateCues Default => Shared.Value;

    public static PublishDateCues From(SectionedWordList list)
    {
        var ci = StringComparer.OrdinalIgnoreCase;
        return new PublishDateCues(
            list.Words("meta-keys"),
            list.Words("meta-confirming").ToHashSet(ci),
            list.Words("json-ld-keys"),
            list.Words("url-attributes").ToHashSet(ci),
            // Longest first, so 发布时间 is tried before 时间.
            list.Words("byline-labels").OrderByDescending(w => w.Length).ToList(),
            list.Words("byline-noise"),
            list.Entries("forum-post").Where(e => e.Length == 3).Select(e => (e[0], e[1], e[2])).ToList(),
            list.Words("not-a-byline"),
            list.Words("subtitle-openings"),
            list.Words("script-unix-times"));
    }

    public bool IsNotAByline(string line)
        => NotABylineMarkers.Any(m => line.Contains(m, StringComparison.OrdinalIgnoreCase))
           || SubtitleOpenings.Any(o => line.TrimStart().StartsWith(o, StringComparison.Ordinal));
}
