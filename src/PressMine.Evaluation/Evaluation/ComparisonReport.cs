using System.Globalization;
using System.Text;

namespace PressMine.Evaluation;

/// <summary>Scores of one extractor on a set of pages.</summary>
public sealed record ExtractorScores(int Pages, Prf Body, double TitleExact, double DateExact, double DateDay);

/// <summary>PressMine and SmartReader side by side: body P/R/F1, title exact match, publish date accuracy.</summary>
public sealed class ComparisonReport(IReadOnlyList<ComparedPage> pages)
{
    internal IReadOnlyList<ComparedPage> Pages { get; } = pages;

    internal ExtractorScores PressMine(Func<ComparedPage, bool>? subset = null) => Score(subset, p => p.PressMine);
    internal ExtractorScores SmartReader(Func<ComparedPage, bool>? subset = null) => Score(subset, p => p.SmartReader);

    private ExtractorScores Score(Func<ComparedPage, bool>? subset, Func<ComparedPage, ExtractorOutput?> pick)
    {
        var set = Pages.Where(p => (subset?.Invoke(p) ?? true) && pick(p) is not null).ToList();
        var body = set.Aggregate(new Prf(), (sum, p) => sum + TextOverlap.Characters(pick(p)!.Body, string.Join('\n', p.Expected.Body ?? [])));
        double Share(Func<ComparedPage, bool> test) => set.Count == 0 ? 0 : set.Count(test) / (double)set.Count;
        return new ExtractorScores(set.Count, body,
            Share(p => pick(p)!.Title == p.Expected.Title),
            Share(p => pick(p)!.PublishedAt == p.Expected.PublishedAt),
            Share(p => Day(pick(p)!.PublishedAt) == Day(p.Expected.PublishedAt)));
    }

    private static string? Day(string? iso) => iso is { Length: >= 10 } ? iso[..10] : iso;

    /// <summary>The side-by-side table (all articles, HTML, text dumps; then SmartReader on raw bytes for non-UTF-8 pages), plain text.</summary>
    public string Render()
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(string.Create(inv, $"PressMine vs SmartReader 0.11.1 on {Pages.Count} corpus articles (both given PressMine's decoded text)"));
        sb.AppendLine("pages            n  extractor     body P  body R  body F1  title  date   date(day)");
        sb.AppendLine("---------------- -- ------------- ------- ------- -------- ------ ------ ---------");
        void Row(string label, string name, ExtractorScores s) => sb.AppendLine(string.Create(inv,
            $"{label,-16} {s.Pages,2} {name,-13} {s.Body.Precision,7:F3} {s.Body.Recall,7:F3} {s.Body.F1,8:F3} {s.TitleExact,6:F3} {s.DateExact,6:F3} {s.DateDay,9:F3}"));
        foreach (var (label, subset) in Subsets())
        {
            Row(label, "PressMine", PressMine(subset));
            Row("", "SmartReader", SmartReader(subset));
        }
        sb.AppendLine();
        sb.AppendLine("Text dumps reach SmartReader as <p> per non-empty line. Date: exact ISO value; date(day): calendar day only.");
        var gbk = Pages.Where(p => p.SmartReaderRawBytes is not null).ToList();
        if (gbk.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("SmartReader on the raw bytes of non-UTF-8 HTML pages (its own charset handling) vs on PressMine's decoded text:");
            sb.AppendLine("pages                          n  input          body F1  title");
            foreach (var (label, declared) in new[] { ("meta charset declared", true), ("no meta charset", false) })
            {
                var set = gbk.Where(p => p.CharsetDeclared == declared).ToList();
                if (set.Count == 0) continue;
                foreach (var (input, pick) in new (string, Func<ComparedPage, ExtractorOutput>)[] { ("decoded text", p => p.SmartReader), ("raw bytes", p => p.SmartReaderRawBytes!) })
                {
                    var body = set.Aggregate(new Prf(), (sum, p) => sum + TextOverlap.Characters(pick(p).Body, string.Join('\n', p.Expected.Body ?? [])));
                    double title = set.Count(p => pick(p).Title == p.Expected.Title) / (double)set.Count;
                    sb.AppendLine(string.Create(inv, $"{label,-30} {set.Count,2} {input,-14} {body.F1,7:F3} {title,6:F3}"));
                }
            }
        }
        return sb.ToString();
    }

    private static IEnumerable<(string, Func<ComparedPage, bool>?)> Subsets()
    {
        yield return ("all articles", null);
        yield return ("HTML", p => !p.IsTextDump);
        yield return ("text dumps", p => p.IsTextDump);
    }
}
