namespace PressMine.Clean;

/// <summary>
/// Chooses the body paragraphs among classified lines: from the first paragraph after the title to the last
/// paragraph before a related-list heading, dropping furniture, metadata, title repeats and teasers, then
/// removing repeated paragraphs.
/// </summary>
internal static class BodySelector
{
    /// <summary>A run of more short lines than this between paragraphs is a widget, not subheadings.</summary>
    private const int MaxShortRun = 3;

    public static IReadOnlyList<string> Select(IReadOnlyList<string> lines, IReadOnlyList<LineKind> kinds, string? title, int titleIndex)
    {
        var (start, end) = Region(kinds, titleIndex);
        if (start < 0) return [];
        var titleKey = title is null ? null : TextNormalizer.Key(title);
        var kept = new List<string>();
        for (int i = start; i <= end; i++)
        {
            var key = TextNormalizer.Key(lines[i]);
            if (titleKey is not null && key.StartsWith(titleKey, StringComparison.Ordinal)) continue; // title repeat or teaser
            if (kinds[i] == LineKind.Body || kinds[i] == LineKind.Short && IsBetweenParagraphs(i, kinds))
                kept.Add(lines[i]);
        }
        return ParagraphDeduplicator.Deduplicate(kept);
    }

    /// <summary>First and last body line of the article region; (-1, -1) when there is no body line.</summary>
    public static (int Start, int End) Region(IReadOnlyList<LineKind> kinds, int titleIndex)
    {
        int start = -1;
        for (int i = Math.Max(0, titleIndex + 1); i < kinds.Count && start < 0; i++)
            if (kinds[i] == LineKind.Body) start = i;
        if (start < 0 && titleIndex >= 0)
            for (int i = 0; i < titleIndex && start < 0; i++)
                if (kinds[i] == LineKind.Body) start = i;
        if (start < 0) return (-1, -1);
        int end = start;
        for (int i = start; i < kinds.Count; i++)
        {
            if (kinds[i] == LineKind.StopMarker) break;
            if (kinds[i] == LineKind.Body) end = i;
        }
        return (start, end);
    }

    private static bool IsBetweenParagraphs(int i, IReadOnlyList<LineKind> kinds)
    {
        int before = i, after = i;
        while (before >= 0 && kinds[before] == LineKind.Short) before--;
        while (after < kinds.Count && kinds[after] == LineKind.Short) after++;
        return after - before - 1 <= MaxShortRun && before >= 0 && after < kinds.Count
               && kinds[before] == LineKind.Body && kinds[after] == LineKind.Body;
    }
}
