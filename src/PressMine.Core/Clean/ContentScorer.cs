using AngleSharp.Dom;

namespace PressMine.Clean;

/// <summary>
/// Finds the element holding the article: lines of punctuated, unlinked Chinese text give points to their block and
/// its ancestors; the total is weighted by class/id hints and the candidate's link density.
/// </summary>
internal static partial class ContentScorer
{
    private static readonly double[] AncestorShare = [1.0, 1.0, 0.5, 0.33, 0.25];
    private const int MaxAncestorWalk = 60;

    /// <summary>The best content element, or null when no line looks like prose.</summary>
    public static IElement? Best(IReadOnlyList<HtmlLine> lines) => Region(lines).FirstOrDefault();

    /// <inheritdoc cref="Region(IReadOnlyList{HtmlLine}, IReadOnlyList{LineKind}, ClassHints)"/>
    public static IReadOnlyList<IElement> Region(IReadOnlyList<HtmlLine> lines)
        => Region(lines, lines.Select(l => LineClassifier.Classify(l.Text)).ToList(), new ClassHints());

    /// <summary>
    /// The best content element followed by its siblings that continue the article: same tag and same class (a body
    /// split into several &lt;div class="para"&gt; around an ad), or, for unclassed siblings, at least half its score.
    /// Empty when no line looks like prose.
    /// </summary>
    /// <param name="lines">The page's lines.</param>
    /// <param name="kinds">Their kinds, as <see cref="LineClassifier.Classify"/> gives them.</param>
    /// <param name="hints">The page's class/id hints.</param>
    public static IReadOnlyList<IElement> Region(IReadOnlyList<HtmlLine> lines, IReadOnlyList<LineKind> kinds, ClassHints hints)
    {
        var final = FinalScores(lines, kinds, hints);
        IElement? best = null;
        double bestScore = 0;
        foreach (var (element, s) in final)
            if (s > bestScore) (best, bestScore) = (element, s);
        if (best is null) return [];
        // On a tie the container wins: a <p> alone in its <div> scores the same as the <div>, and the <div> has the siblings.
        while (best.ParentElement is { } up && final.TryGetValue(up, out var upScore) && upScore >= bestScore) (best, bestScore) = (up, upScore);
        var region = new List<IElement> { best };
        if (best.ParentElement is { } parent)
            foreach (var sibling in parent.Children)
            {
                if (sibling == best || sibling.LocalName != best.LocalName || !final.TryGetValue(sibling, out var s) || hints.IsNegative(sibling)) continue;
                bool sameClass = best.ClassName is { Length: > 0 } c && sibling.ClassName == c;
                bool unclassed = string.IsNullOrEmpty(best.ClassName) && string.IsNullOrEmpty(sibling.ClassName);
                if (sameClass || unclassed && s >= bestScore / 2) region.Add(sibling);
            }
        return region;
    }

    private static Dictionary<IElement, double> FinalScores(IReadOnlyList<HtmlLine> lines, IReadOnlyList<LineKind> kinds, ClassHints hints)
    {
        var score = new Dictionary<IElement, double>();
        var chars = new Dictionary<IElement, (int Chars, int Links)>();
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            double lineScore = LineScore(line, kinds[i]);
            IElement? e = line.Block;
            for (int level = 0; e is not null && level < MaxAncestorWalk; level++, e = e.ParentElement)
            {
                var c = chars.GetValueOrDefault(e);
                chars[e] = (c.Chars + line.Chars, c.Links + line.LinkChars);
                if (lineScore > 0 && level < AncestorShare.Length)
                    score[e] = score.GetValueOrDefault(e) + lineScore * AncestorShare[level];
            }
        }
        var final = new Dictionary<IElement, double>(score.Count);
        foreach (var (element, s) in score)
        {
            var (total, links) = chars[element];
            double linkDensity = total == 0 ? 0 : (double)links / total;
            final[element] = s * Hint(element, hints) * (1 - linkDensity);
        }
        return final;
    }

    private static double LineScore(HtmlLine line, LineKind kind)
    {
        int cjk = TextNormalizer.CjkCount(line.Text);
        int punct = TextNormalizer.SentencePunctuation(line.Text);
        if (cjk < 10 || line.LinkDensity > 0.5) return 0;
        if (kind is not (LineKind.Body or LineKind.Short)) return 0;
        return (1 + punct + Math.Min(cjk / 40.0, 5)) * (1 - line.LinkDensity);
    }

    private static double Hint(IElement e, ClassHints hints)
    {
        double w = e.LocalName switch { "article" => 1.4, "main" => 1.2, "body" => 0.6, "td" => 0.9, "ul" or "ol" or "li" => 0.5, _ => 1.0 };
        var (positive, negative) = hints.Of(e);
        if (positive && !negative) w *= 1.6;
        else if (negative && !positive) w *= 0.3;
        return w;
    }
}
