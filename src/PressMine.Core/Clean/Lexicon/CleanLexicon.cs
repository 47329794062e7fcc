using System.Text.RegularExpressions;

namespace PressMine.Clean.Lexicon;

/// <summary>
/// The Clean stage's lexical signals, read once per process from corpus/clean/ (boilerplate.txt, content-hints.txt,
/// byline-labels.txt, site-names.txt) and compiled into the matchers the rules use.
/// </summary>
internal sealed class CleanLexicon
{
    private static readonly Lazy<CleanLexicon> Shared = new(() => From(
        SectionedWordList.Load("clean", "boilerplate.txt"), SectionedWordList.Load("clean", "content-hints.txt"),
        SectionedWordList.Load("clean", "byline-labels.txt"), SectionedWordList.Load("clean", "site-names.txt")));

    public static CleanLexicon Default => Shared.Value;

    public required Regex FurnitureMarker { get; init; }
    public required Regex StopHeading { get; init; }
    public required Regex BreadcrumbLabel { get; init; }
    public required Regex CrumbSeparator { get; init; }
    public required IReadOnlySet<string> HomeCrumbs { get; init; }
    public required Regex PositiveHint { get; init; }
    public required Regex NegativeHint { get; init; }
    public required Regex TitleHint { get; init; }
    public required BylineLabels Labels { get; init; }
    public required SiteNameSuffixes Sites { get; init; }

    public static CleanLexicon From(SectionedWordList boilerplate, SectionedWordList hints, SectionedWordList labels, SectionedWordList sites)
    {
        string Alt(SectionedWordList list, string section) => LexiconPattern.Alternation(list.Entries(section));
        const RegexOptions ci = RegexOptions.IgnoreCase;
        return new CleanLexicon
        {
            FurnitureMarker = LexiconPattern.Compile(Alt(boilerplate, "furniture")),
            StopHeading = LexiconPattern.Compile($@"^(?:{Alt(boilerplate, "stop-headings")})\s*[:：>»]*$"),
            BreadcrumbLabel = LexiconPattern.Compile(Alt(boilerplate, "breadcrumb-labels")),
            CrumbSeparator = LexiconPattern.Compile($@"\s*(?:{Alt(boilerplate, "breadcrumb-separators")})\s*"),
            HomeCrumbs = boilerplate.Words("breadcrumb-home").ToHashSet(StringComparer.Ordinal),
            PositiveHint = LexiconPattern.Compile(Alt(hints, "content-positive"), ci),
            NegativeHint = LexiconPattern.Compile(Alt(hints, "content-negative"), ci),
            TitleHint = LexiconPattern.Compile(Alt(hints, "title-hints"), ci),
            Labels = BylineLabels.From(labels),
            Sites = SiteNameSuffixes.From(sites),
        };
    }
}
