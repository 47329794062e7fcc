using AngleSharp.Dom;

namespace PressMine.Clean;

/// <summary>
/// An HTML page as the rules read it: every rendered line with its kind, the headline, the content region, the lines
/// inside it and the body paragraphs the rules choose (before trailing credits are split off).
/// </summary>
internal sealed record HtmlAnalysis(
    IDocument Document,
    HtmlHeadMetadata Head,
    List<HtmlLine> All,
    List<LineKind> Kinds,
    string? SiteName,
    string? Title,
    IReadOnlyList<IElement> Region,
    List<HtmlLine> Content,
    IReadOnlyList<string> RuleBody)
{
    /// <summary>The page's class/id hints, shared by every step that reads them.</summary>
    public ClassHints Hints { get; init; } = new();
}

/// <summary>Chooses a page's body paragraphs in page order, in place of the rules' choice.</summary>
internal interface IBodyChooser
{
    IReadOnlyList<string> Choose(HtmlAnalysis page);
}
