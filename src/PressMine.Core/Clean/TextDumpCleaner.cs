using PressMine.Records;

namespace PressMine.Clean;

/// <summary>Cleans plain-text page dumps (one line per block of the rendered page) with a line classifier.</summary>
internal static class TextDumpCleaner
{
    public static CleanResult Clean(string text, string? url, CleanOptions? options = null)
    {
        var lines = JoinLabelCells(text.Split('\n').Select(TextNormalizer.CleanLine).Where(l => l.Length > 0).ToList());
        if (lines.Count == 0) return CleanResult.Reject("empty page: no text lines");
        var kinds = lines.Select(LineClassifier.Classify).ToList();

        int titleIndex = DumpTitleSelector.Select(lines, kinds);
        var title = titleIndex >= 0 ? lines[titleIndex] : null;
        var (paragraphs, credit) = TrailingCredits.Split(BodySelector.Select(lines, kinds, title, titleIndex));

        var meta = new MetadataCollector();
        foreach (var (i, distance) in MetaLinesOfArticle(lines, kinds, titleIndex)) meta.Add(lines[i], distance);
        if (credit is not null) meta.Add(credit, int.MaxValue);
        if (paragraphs.Count > 0) meta.AddReporters(MetadataLines.ReportersInLead(paragraphs[0]));

        var site = SiteNames.FromBreadcrumbs(lines.Where((_, i) => kinds[i] == LineKind.Breadcrumb))
                   ?? SiteNames.FromSource(meta.Source) ?? SiteNames.FromUrl(url);
        var urlDate = PublishTimeParser.FromUrl(url);
        var page = new CleanedPage(title is null ? null : TitleCleaner.Clean(title, site is null ? null : [site]) ?? title,
            meta.PublishedAt ?? urlDate, meta.Source, meta.Author, meta.Editor, paragraphs, site)
        {
            PublishedAtBasis = meta.PublishedAt is not null ? DateBasis.Byline : urlDate is not null ? DateBasis.Url : null,
        };
        return ArticleGate.Check(page, lines.Count(l => BoilerplateRules.IsRelatedHeadline(l)), lines.Count, (options ?? CleanOptions.Default).Gate);
    }

    /// <summary>A table dumped one cell a line puts a label ("发布机构：") and its value on two lines: join them.</summary>
    private static List<string> JoinLabelCells(List<string> lines)
    {
        var joined = new List<string>(lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            if (i + 1 < lines.Count && MetadataLines.IsLabelOnly(lines[i]) && lines[i + 1].Length <= 40
                && !MetadataLines.IsLabelOnly(lines[i + 1]))
            {
                joined.Add(lines[i] + lines[++i]);
                continue;
            }
            joined.Add(lines[i]);
        }
        return joined;
    }

    /// <summary>
    /// Metadata lines of the article: everything before the first list heading after the title, and also the lines
    /// under a repeat of the title (the print/mobile copy), which often carries the 责任编辑 line the first copy lacks.
    /// </summary>
    private static IEnumerable<(int Index, int Distance)> MetaLinesOfArticle(List<string> lines, List<LineKind> kinds, int titleIndex)
    {
        var starts = new List<int> { titleIndex };
        if (titleIndex >= 0)
        {
            var key = TextNormalizer.Key(lines[titleIndex]);
            for (int j = titleIndex + 1; j < lines.Count; j++)
                if (TextNormalizer.Key(lines[j]) == key) starts.Add(j);
        }
        var seen = new HashSet<int>();
        foreach (var start in starts)
        {
            int from = start == titleIndex ? 0 : start;
            for (int i = from; i < lines.Count && !(i > start && kinds[i] == LineKind.StopMarker); i++)
                if (kinds[i] == LineKind.Meta && seen.Add(i)) yield return (i, DistanceFromTitle(i, start));
        }
    }

    /// <summary>Lines after the title are nearer than lines the same number of steps before it.</summary>
    internal static int DistanceFromTitle(int i, int titleIndex)
        => i > titleIndex ? 2 * (i - titleIndex) : 2 * (titleIndex - i) + 1;
}
