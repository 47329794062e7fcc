using System.Text.RegularExpressions;
using PressMine.Clean.Lexicon;

namespace PressMine.Clean;

/// <summary>Chooses an HTML page's headline from its headings, og:title and &lt;title&gt;, never the site name or a breadcrumb.</summary>
internal static partial class HtmlTitle
{
    private const int MaxTitleLength = 100;

    private static Regex TitleHint() => CleanLexicon.Default.TitleHint;

    public static string? Choose(HtmlHeadMetadata head, IReadOnlyList<HtmlLine> lines, IReadOnlyList<LineKind> kinds, string? siteName)
    {
        string[]? names = siteName is null ? null : [siteName];
        var declared = TitleCleaner.Clean(head.OgTitle, names) ?? TitleCleaner.Clean(head.DocumentTitle, names);
        if (declared is not null && (declared == siteName || TextNormalizer.CjkCount(declared) < 2 && declared.Length < 4)) declared = null;

        var headings = new List<(string Text, bool IsH1)>();
        for (int i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            var tag = l.Block.LocalName;
            bool heading = tag is "h1" or "h2" or "h3" || TitleHint().IsMatch(l.Block.ClassName + " " + l.Block.Id);
            if (!heading || kinds[i] is not (LineKind.Short or LineKind.Body) || l.Text.Length > MaxTitleLength) continue;
            if (TextNormalizer.CjkCount(l.Text) < 4 || l.Text == siteName || l.LinkDensity > 0.9 && tag != "h1") continue;
            headings.Add((TitleCleaner.StripSitePrefix(l.Text, names?.ToHashSet()), tag == "h1"));
        }

        if (declared is not null)
        {
            var key = TextNormalizer.Key(declared);
            foreach (var (text, _) in headings.OrderByDescending(h => h.IsH1))
            {
                var hk = TextNormalizer.Key(text);
                if (hk.Length >= Math.Max(4, key.Length / 2) && (key.Contains(hk, StringComparison.Ordinal) || hk.Contains(key, StringComparison.Ordinal)))
                    return text;
            }
            // A <title> that is only the site name ("青州新闻网") is no headline when the page has a heading.
            if (headings.Count > 0 && TitleCleaner.LooksLikeSiteName(declared)) return headings.OrderByDescending(h => h.IsH1).First().Text;
            return declared;
        }
        return headings.OrderByDescending(h => h.IsH1).Select(h => h.Text).FirstOrDefault();
    }
}
