using PressMine.Records;

namespace PressMine.Clean;

/// <summary>Cleans plain-text page dumps (one line per block of the rendered page) with a line classifier.</summary>
public static class TextDumpCleaner
{
    public static CleanResult Clean(string text, string? url)
    {
        var lines = text.Split('\n').Select(TextNormalizer.CleanLine).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0) return CleanResult.Reject("empty page: no text lines");
        var kinds = lines.Select(LineClassifier.Classify).ToList();

        int titleIndex = DumpTitleSelector.Select(lines, kinds);
        var title = titleIndex >= 0 ? lines[titleIndex] : null;
        var paragraphs = BodySelector.Select(lines, kinds, title, titleIndex);

        var meta = new MetadataCollector();
        int stop = kinds.IndexOf(LineKind.StopMarker) is var s && s > titleIndex ? s : lines.Count;
        for (int i = 0; i < stop; i++)
            if (kinds[i] == LineKind.Meta) meta.Add(lines[i], DistanceFromTitle(i, titleIndex));
        if (paragraphs.Count > 0) meta.AddReporters(MetadataLines.ReportersInLead(paragraphs[0]));

        var site = SiteNames.FromBreadcrumbs(lines.Where((_, i) => kinds[i] == LineKind.Breadcrumb))
                   ?? SiteNames.FromSource(meta.Source) ?? SiteNames.FromUrl(url);
        var page = new CleanedPage(title is null ? null : TitleCleaner.Clean(title, site is null ? null : [site]) ?? title,
            meta.PublishedAt ?? PublishTimeParser.FromUrl(url), meta.Source, meta.Author, meta.Editor, paragraphs, site);
        return ArticleGate.Check(page, lines.Count(l => BoilerplateRules.IsRelatedHeadline(l)), lines.Count);
    }

    /// <summary>Lines after the title are nearer than lines the same number of steps before it.</summary>
    internal static int DistanceFromTitle(int i, int titleIndex)
        => i > titleIndex ? 2 * (i - titleIndex) : 2 * (titleIndex - i) + 1;
}
