namespace PressMine.Clean;

/// <summary>
/// Picks the headline of a text dump. It is a short line before the first sentence of the body, usually
/// next to the breadcrumb or the source/date line, and often repeated (print copy, teaser).
/// </summary>
internal static class DumpTitleSelector
{
    private const int MaxTitleLength = 64;

    /// <summary>Index of the title line in <paramref name="lines"/>, or -1.</summary>
    public static int Select(IReadOnlyList<string> lines, IReadOnlyList<LineKind> kinds)
    {
        int firstSentence = Enumerable.Range(0, lines.Count)
            .FirstOrDefault(i => kinds[i] == LineKind.Body && lines[i].Contains('。'), lines.Count);
        int best = -1, bestScore = 0;
        for (int i = 0; i < firstSentence; i++)
        {
            if (!IsCandidate(lines[i], kinds[i])) continue;
            int score = 1;
            if (NextTo(i, kinds, LineKind.Meta) || NextTo(i, kinds, LineKind.Breadcrumb)) score += 3;
            if (IsRepeated(i, lines)) score += 2;
            if (Enumerable.Range(i + 1, Math.Min(4, lines.Count - i - 1)).Any(j => kinds[j] == LineKind.Body)) score += 1;
            if (score >= bestScore) (best, bestScore) = (i, score);
        }
        return best;
    }

    private static bool IsCandidate(string line, LineKind kind)
        => kind is LineKind.Short or LineKind.Body && line.Length <= MaxTitleLength && !line.EndsWith('。')
           && TextNormalizer.CjkCount(line) >= 5 && !TitleCleaner.LooksLikeSiteName(line);

    private static bool NextTo(int i, IReadOnlyList<LineKind> kinds, LineKind kind)
        => i > 0 && kinds[i - 1] == kind || i + 1 < kinds.Count && kinds[i + 1] == kind;

    private static bool IsRepeated(int i, IReadOnlyList<string> lines)
    {
        var key = TextNormalizer.Key(lines[i]);
        for (int j = 0; j < lines.Count; j++)
            if (j != i && TextNormalizer.Key(lines[j]).StartsWith(key, StringComparison.Ordinal)) return true;
        return false;
    }
}
