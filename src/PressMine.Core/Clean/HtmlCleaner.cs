using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PressMine.Records;

namespace PressMine.Clean;

/// <summary>Cleans HTML pages: AngleSharp DOM → lines → main-content element → body, with metadata from head and byline.</summary>
internal static class HtmlCleaner
{
    private static readonly HtmlParserOptions Options = new()
    {
        DisableElementPositionTracking = true,
        SkipComments = true,
        IsNotSupportingFrames = true,
    };

    public static CleanResult Clean(string html, string? url, IBodyChooser? bodyChooser = null, CleanOptions? options = null)
    {
        var analysis = Analyse(html, out var rejectReason);
        return analysis is null ? CleanResult.Reject(rejectReason!) : Finish(analysis, url, bodyChooser, options ?? CleanOptions.Default);
    }

    /// <summary>The body, metadata, publish time and article gate of an analysed page.</summary>
    internal static CleanResult Finish(HtmlAnalysis analysis, string? url, IBodyChooser? bodyChooser, CleanOptions o)
    {
        var (doc, head, all, kindsAll) = (analysis.Document, analysis.Head, analysis.All, analysis.Kinds);
        var (siteName, title, content) = (analysis.SiteName, analysis.Title, analysis.Content);
        var texts = content.Select(l => l.Text).ToList();
        var titleKey = title is null ? null : TextNormalizer.Key(title);
        var (paragraphs, credit) = TrailingCredits.Split(bodyChooser is null ? analysis.RuleBody : bodyChooser.Choose(analysis));
        int links = doc.QuerySelectorAll("a").Length;

        int titleAt = TitleLine(all, content, titleKey);
        var meta = CollectMetadata(all, kindsAll, content, titleAt, o);
        if (credit is not null) meta.Add(credit, int.MaxValue);
        if (paragraphs.Count > 0) meta.AddReporters(MetadataLines.ReportersInLead(paragraphs[0]));

        url ??= head.CanonicalUrl;
        var published = FindPublishDate(doc, url, all, kindsAll, content, titleAt, meta, o.Dates);
        var source = meta.Source ?? head.Source ?? all.Select(l => MetadataLines.AgencyCell(l.Text)).FirstOrDefault(s => s is not null);
        var site = siteName ?? SiteNames.FromSource(source) ?? SiteNames.FromUrl(url);
        var author = meta.Author ?? (head.Author is { Length: <= 20 } a && a != site ? a : null);
        var page = new CleanedPage(title, published?.Value, source, author, meta.Editor, paragraphs, site) { PublishedAtBasis = published?.Basis };

        int datedHeadlines = texts.Count(BoilerplateRules.IsRelatedHeadline);
        if (paragraphs.Count == 0 && links >= o.Gate.IndexPageLinks)
            return CleanResult.Reject($"list/index page: {links} links and no article body");
        return ArticleGate.Check(page, datedHeadlines, texts.Count, o.Gate);
    }

    /// <summary>
    /// The page read the rules' way: its lines and their kinds, title, content region and the body the rules choose.
    /// Null (with the reason) when the page has no visible text.
    /// </summary>
    public static HtmlAnalysis? Analyse(string html, out string? rejectReason) => Analyse(Parse(html), out rejectReason);

    /// <summary>The DOM the cleaner reads: AngleSharp with the cleaner's parser options.</summary>
    internal static IDocument Parse(string html) => new HtmlParser(Options).ParseDocument(html);

    /// <inheritdoc cref="Analyse(string, out string?)"/>
    internal static HtmlAnalysis? Analyse(IDocument doc, out string? rejectReason)
    {
        var head = HtmlHeadMetadata.Read(doc);
        var root = doc.Body ?? doc.DocumentElement;
        var all = LabelCells.Join(HtmlLines.Extract(root));
        rejectReason = null;
        if (all.Count == 0)
        {
            rejectReason = doc.QuerySelectorAll("script").Length > 0
                ? "page holds only scripts: no visible text"
                : "no article body found: page has no visible text";
            return null;
        }

        var kindsAll = all.Select(l => LineClassifier.Classify(l.Text)).ToList();
        var siteName = head.SiteName
                       ?? SiteNames.FromBreadcrumbs(all.Where((_, i) => kindsAll[i] == LineKind.Breadcrumb).Select(l => l.Text))
                       ?? TitleCleaner.SiteSuffix(head.DocumentTitle) ?? TitleCleaner.SitePrefix(head.DocumentTitle);
        var title = HtmlTitle.Choose(head, all, kindsAll, siteName);

        var hints = new ClassHints();
        var region = ContentScorer.Region(all, kindsAll, hints);
        var inRegion = new ContentLines(region, hints);
        var contentAt = Enumerable.Range(0, all.Count).Where(i => inRegion.Holds(all[i])).ToList();
        var content = contentAt.Select(i => all[i]).ToList();
        var texts = content.Select(l => l.Text).ToList();
        var kinds = contentAt.Select(i => kindsAll[i]).ToList(); // a line's kind depends on its text alone
        var titleKey = title is null ? null : TextNormalizer.Key(title);
        int titleInContent = titleKey is null ? -1 : texts.FindIndex(t => TextNormalizer.Key(t) == titleKey);
        var ruleBody = BodySelector.Select(texts, kinds, title, titleInContent);
        return new HtmlAnalysis(doc, head, all, kindsAll, siteName, title, region, content, ruleBody) { Hints = hints };
    }

    /// <summary>The headline's line, else the first content line, else -1.</summary>
    private static int TitleLine(List<HtmlLine> all, List<HtmlLine> content, string? titleKey)
    {
        int titleAt = titleKey is null ? -1 : all.FindIndex(l => TextNormalizer.Key(l.Text) == titleKey);
        if (titleAt < 0 && content.Count > 0) titleAt = all.IndexOf(content[0]);
        return titleAt;
    }

    /// <summary>The ranked search over every place the page states a publish time (head, URLs, bylines).</summary>
    private static PublishDate? FindPublishDate(IDocument doc, string? url, List<HtmlLine> all, List<LineKind> kinds,
        List<HtmlLine> content, int titleAt, MetadataCollector meta, PublishDateOptions o)
    {
        var cues = PublishDateCues.Default;
        var inContent = content.ToHashSet();
        int bodyStart = -1, bodyEnd = -1;
        for (int i = Math.Max(0, titleAt + 1); i < all.Count; i++)
            if (kinds[i] == LineKind.Body && inContent.Contains(all[i])) { if (bodyStart < 0) bodyStart = i; bodyEnd = i; }
        if (bodyStart < 0) bodyStart = bodyEnd = Math.Max(0, titleAt) + 1;
        var span = new ArticleSpan(Math.Max(titleAt, 0), bodyStart, bodyEnd);
        var (bylines, yearless) = BylineDates.Find(all.Select(l => l.Text).ToList(), kinds, span, cues, o);
        var candidates = HeadDates.Find(doc, url, cues, o);
        candidates.AddRange(bylines);
        candidates.AddRange(ScriptDates.Find(doc, cues, o));
        if (meta.PublishedAt is { } collected)
            candidates.Add(new DateCandidate(collected, DateBasis.Byline, o.UnlabelledStrength, meta.DateDistance / 2));
        return PublishDateSearch.Choose(candidates, yearless, o);
    }

    private static MetadataCollector CollectMetadata(List<HtmlLine> all, List<LineKind> kinds, List<HtmlLine> content, int titleAt, CleanOptions o)
    {
        var inContent = content.ToHashSet();
        var metaLines = Enumerable.Range(0, all.Count)
            .Where(i => kinds[i] == LineKind.Meta
                        && (inContent.Contains(all[i]) || i >= titleAt - o.MetadataLinesAboveTitle && i <= titleAt + o.MetadataLinesBelowTitle))
            .Select(i => (all[i].Text, Distance: TextDumpCleaner.DistanceFromTitle(i, titleAt)))
            .OrderBy(m => m.Distance);
        var meta = new MetadataCollector();
        foreach (var (text, distance) in metaLines) meta.Add(text, distance);
        return meta;
    }
}
