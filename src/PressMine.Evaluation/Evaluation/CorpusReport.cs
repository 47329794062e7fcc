using System.Globalization;
using System.Text;
using PressMine.Records;

namespace PressMine.Evaluation;

/// <summary>The scores of a corpus evaluation, and their rendering as a table.</summary>
public sealed class CorpusReport
{
    internal CorpusReport(IReadOnlyList<PageComparison> pages, Prf duplicatePairs)
    {
        Pages = pages;
        DuplicatePairs = duplicatePairs;
        var ok = pages.Where(p => p.Expected.Status == ArticleStatus.Ok).ToList();
        var okBoth = ok.Where(p => p.Actual.Article.Status == ArticleStatus.Ok).ToList();
        StatusAccuracy = Share(pages, p => p.Expected.Status == p.Actual.Article.Status);
        Body = ok.Aggregate(new Prf(), (sum, p) => sum + TextOverlap.Characters(p.Actual.Article.Body ?? "", string.Join('\n', p.Expected.Body ?? [])));
        TitleAccuracy = Share(ok, p => p.Expected.Title == p.Actual.Article.Title);
        DateAccuracy = Share(ok, p => p.Expected.PublishedAt == p.Actual.Article.PublishedAt);
        SourceAccuracy = Share(ok, p => p.Expected.Source == p.Actual.Article.Source);
        AuthorAccuracy = Share(ok, p => Same(p.Expected.Author, p.Actual.Article.Author));
        EditorAccuracy = Share(ok, p => Same(p.Expected.Editor, p.Actual.Article.Editor));
        DuplicatedParagraphRate = Share(okBoth, p => HasRepeatedParagraph(p.Actual.Article.Body ?? ""));
        PlaceAccuracy = Share(ok, p => p.Expected.City == p.Actual.Article.City && p.Expected.County == p.Actual.Article.County && p.Expected.Province == p.Actual.Article.Province);
        FactsByMetric = Metrics.All.ToDictionary(m => m, m => pages.Aggregate(new Prf(), (sum, p) => sum + FactMatch(p, m)));
        Facts = FactsByMetric.Values.Aggregate(new Prf(), (a, b) => a + b);
    }

    internal IReadOnlyList<PageComparison> Pages { get; }
    internal Prf DuplicatePairs { get; }
    internal double StatusAccuracy { get; }
    internal Prf Body { get; }
    internal double TitleAccuracy { get; }
    internal double DateAccuracy { get; }
    internal double SourceAccuracy { get; }
    internal double AuthorAccuracy { get; }
    internal double EditorAccuracy { get; }
    internal double DuplicatedParagraphRate { get; }
    internal double PlaceAccuracy { get; }
    internal IReadOnlyDictionary<string, Prf> FactsByMetric { get; }
    internal Prf Facts { get; }

    static double Share<T>(IReadOnlyCollection<T> items, Func<T, bool> test) => items.Count == 0 ? 1 : items.Count(test) / (double)items.Count;

    static string Norm(string? s) => new((s ?? "").Where(c => !char.IsWhiteSpace(c) && c != '、' && c != ',' && c != '，').ToArray());
    static bool Same(string? a, string? b) => Norm(a) == Norm(b);

    static bool HasRepeatedParagraph(string body) =>
        body.Split('\n').Select(p => p.Trim()).Where(p => p.Length >= 20).GroupBy(p => p).Any(g => g.Count() > 1);

    /// <summary>Facts match on metric and value, each expected fact used once.</summary>
    static Prf FactMatch(PageComparison page, string metric)
    {
        var expected = (page.Expected.Facts ?? []).Where(f => f.Metric == metric).Select(f => f.Value).ToList();
        var actual = page.Actual.Facts.Where(f => f.Metric == metric).Select(f => f.Value).ToList();
        int hits = 0;
        var pool = expected.ToList();
        foreach (var v in actual)
        {
            int i = pool.FindIndex(e => Math.Abs(e - v) < 1e-9);
            if (i >= 0) { hits++; pool.RemoveAt(i); }
        }
        return new Prf(hits, actual.Count, expected.Count);
    }

    /// <summary>One line per difference from the expected files (status, title, date, body F1 below 0.95, author, editor, place, missed and extra facts), prefixed by the page's stem.</summary>
    public IEnumerable<string> Mismatches()
    {
        foreach (var p in Pages)
        {
            var a = p.Actual.Article;
            if (p.Expected.Status != a.Status) yield return $"{p.Stem}: status {a.Status} ({a.Reason}), expected {p.Expected.Status}";
            if (p.Expected.Status != ArticleStatus.Ok) continue;
            if (p.Expected.Title != a.Title) yield return $"{p.Stem}: title '{a.Title}', expected '{p.Expected.Title}'";
            if (p.Expected.PublishedAt != a.PublishedAt) yield return $"{p.Stem}: date '{a.PublishedAt}', expected '{p.Expected.PublishedAt}'";
            var body = TextOverlap.Characters(a.Body ?? "", string.Join('\n', p.Expected.Body ?? []));
            if (body.F1 < 0.95) yield return $"{p.Stem}: body P={body.Precision:F2} R={body.Recall:F2}";
            if (!Same(p.Expected.Author, a.Author)) yield return $"{p.Stem}: author '{a.Author}', expected '{p.Expected.Author}'";
            if (!Same(p.Expected.Editor, a.Editor)) yield return $"{p.Stem}: editor '{a.Editor}', expected '{p.Expected.Editor}'";
            if (p.Expected.City != a.City || p.Expected.County != a.County || p.Expected.Province != a.Province)
                yield return $"{p.Stem}: place {a.Province}/{a.City}/{a.County}, expected {p.Expected.Province}/{p.Expected.City}/{p.Expected.County}";
            var missing = (p.Expected.Facts ?? []).Select(f => $"{f.Metric}={f.Value}").ToList();
            var extra = new List<string>();
            foreach (var f in p.Actual.Facts.Select(f => $"{f.Metric}={f.Value}"))
                if (!missing.Remove(f)) extra.Add(f);
            if (missing.Count > 0) yield return $"{p.Stem}: facts missed {string.Join(", ", missing)}";
            if (extra.Count > 0) yield return $"{p.Stem}: facts extra {string.Join(", ", extra)}";
        }
    }

    /// <summary>The scores as a plain-text table: page-level accuracies, body character P/R/F1, duplicate pairs, then facts per metric and pooled.</summary>
    public string Render()
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        int ok = Pages.Count(p => p.Expected.Status == ArticleStatus.Ok);
        sb.AppendLine(string.Create(inv, $"Corpus evaluation: {Pages.Count} pages ({ok} articles, {Pages.Count - ok} non-articles)"));
        sb.AppendLine("measure                          value");
        sb.AppendLine("-------------------------------- -------");
        void Row(string name, double v) => sb.AppendLine(string.Create(inv, $"{name,-32} {v,7:F3}"));
        Row("status accuracy", StatusAccuracy);
        Row("body char precision", Body.Precision);
        Row("body char recall", Body.Recall);
        Row("body char F1", Body.F1);
        Row("title exact match", TitleAccuracy);
        Row("publish date accuracy", DateAccuracy);
        Row("source accuracy", SourceAccuracy);
        Row("author accuracy", AuthorAccuracy);
        Row("editor accuracy", EditorAccuracy);
        Row("duplicated-paragraph rate", DuplicatedParagraphRate);
        Row("place accuracy (prov/city/cty)", PlaceAccuracy);
        Row("duplicate-pair precision", DuplicatePairs.Precision);
        Row("duplicate-pair recall", DuplicatePairs.Recall);
        sb.AppendLine();
        sb.AppendLine("fact metric                  P      R      F1   pred  gold");
        foreach (var (metric, s) in FactsByMetric.Where(kv => kv.Value.Expected + kv.Value.Predicted > 0))
            sb.AppendLine(string.Create(inv, $"{metric,-24} {s.Precision,6:F3} {s.Recall,6:F3} {s.F1,6:F3} {s.Predicted,5} {s.Expected,5}"));
        sb.AppendLine(string.Create(inv, $"{"all facts (micro)",-24} {Facts.Precision,6:F3} {Facts.Recall,6:F3} {Facts.F1,6:F3} {Facts.Predicted,5} {Facts.Expected,5}"));
        return sb.ToString();
    }
}
