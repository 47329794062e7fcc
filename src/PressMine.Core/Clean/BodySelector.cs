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
        var (before, after) = NearestNotShort(kinds);
        for (int i = start; i <= end; i++)
        {
            var key = TextNormalizer.Key(lines[i]);
            if (titleKey is not null && key.StartsWith(titleKey, StringComparison.Ordinal)) continue; // title repeat or teaser
            if (kinds[i] == LineKind.Body || kinds[i] == LineKind.Short && IsBetweenParagraphs(before[i], after[i], kinds))
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

    /// <summary>For each line, the nearest line at or before it and at or after it that is not short (-1 / Count when none).</summary>
    private static (int[] Before, int[] After) NearestNotShort(IReadOnlyList<LineKind> kinds)
    {
        var (before, after) = (new int[kinds.Count], new int[kinds.Count]);
        for (int i = 0, last = -1; i < kinds.Count; i++) before[i] = last = kinds[i] == LineKind.Short ? last : i;
        for (int i = kinds.Count - 1, next = kinds.Count; i >= 0; i--) after[i] = next = kinds[i] == LineKind.Short ? next : i;
        return (before, after);
    }

    /// <summary>A short line in a run of at most <see cref="MaxShortRun"/> between two paragraphs.</summary>
    private static bool IsBetweenParagraphs(int before, int after, IReadOnlyList<LineKind> kinds)
        => after - before - 1 <= MaxShortRun && before >= 0 && after < kinds.Count
           && kinds[before] == LineKind.Body && kinds[after] == LineKind.Body;
}
