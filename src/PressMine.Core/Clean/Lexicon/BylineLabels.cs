using System.Text.RegularExpressions;

namespace PressMine.Clean.Lexicon;

/// <summary>The byline matchers built from corpus/clean/byline-labels.txt.</summary>
internal sealed class BylineLabels
{
    /// <summary>A field label with its colon, or a bare label before a space; the label is the group <c>label</c>.</summary>
    public required Regex Label { get; init; }
    public required Regex StartsLikeMeta { get; init; }
    public required Regex ReporterInLead { get; init; }
    public required Regex CreditGroup { get; init; }
    public required Regex ValueEnd { get; init; }
    public required Regex GluedTrailingLabel { get; init; }
    public required IReadOnlyDictionary<string, string> Aliases { get; init; }
    public required IReadOnlySet<string> SourceLabels { get; init; }
    public required IReadOnlySet<string> AuthorLabels { get; init; }
    public required IReadOnlySet<string> EditorLabels { get; init; }
    public required IReadOnlySet<string> AgencyLabels { get; init; }

    public static BylineLabels From(SectionedWordList list)
    {
        string Alt(string section) => LexiconPattern.Alternation(list.Entries(section));
        IReadOnlySet<string> Set(string section) => list.Words(section).ToHashSet(StringComparer.Ordinal);
        var aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in list.Entries("aliases"))
            aliases[e[0]] = e.Length == 2 ? e[1] : throw new InvalidDataException($"byline-labels [aliases]: '{e[0]}' needs a label it counts as");
        return new BylineLabels
        {
            Label = LexiconPattern.Compile(
                $@"(?<label>{Alt("labels-with-colon")}|(?i:{Alt("labels-latin")}))\s*[:：]\s*|(?<label>{Alt("labels-bare")})(?=\s)\s*"),
            StartsLikeMeta = LexiconPattern.Compile(
                $@"^[^，。,!！?？:：]{{0,12}}?(?:{Alt("line-opening-labels")})|^[\[(（【]?(?:19|20)\d\d[-/.年]|^(?i:{Alt("line-opening-latin")})\s*[:：]"),
            ReporterInLead = LexiconPattern.Compile(
                $@"[(（]\s*(?:{Alt("lead-reporter-prefixes")})?记者\s*(?<names>[^()（）]{{2,40}}?)\s*[)）]"),
            CreditGroup = LexiconPattern.Compile(
                $@"[（(【\[](?<credit>[^（）()【】\[\]]{{0,60}}?(?:{Alt("credit-labels")})[^（）()【】\[\]]{{1,60}})[）)】\]]\s*$"),
            ValueEnd = LexiconPattern.Compile($@"[【】\[\]]|\s+[\u4e00-\u9fff]{{1,4}}\s*[:：]|\s+(?:{Alt("value-enders")})"),
            GluedTrailingLabel = LexiconPattern.Compile(
                $@"(?<=\S)(?:(?:{Alt("glued-publish-labels")})\s*[:：]|(?:{Alt("glued-counters")})\s*[:：]?)\s*$"),
            Aliases = aliases,
            SourceLabels = Set("source-labels"),
            AuthorLabels = Set("author-labels"),
            EditorLabels = Set("editor-labels"),
            AgencyLabels = Set("agency-labels"),
        };
    }
}
