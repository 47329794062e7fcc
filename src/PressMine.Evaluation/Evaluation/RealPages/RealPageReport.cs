using System.Globalization;
using System.Text;

namespace PressMine.Evaluation.RealPages;

/// <summary>Figures of one extractor on one part of the real pages.</summary>
public sealed record RealPageScores(
    int Pages,
    double BodyPrecision,
    double BodyRecall,
    double BodyF1,
    double BodyMicroF1,
    double TitleAccuracy,
    int DatedPages,
    int DatesCorrect,
    int DatesToTheMinute,
    int InventedDates,
    int SourcedPages,
    int SourcesCorrect)
{
    internal double DateAccuracy => DatedPages == 0 ? 1 : DatesCorrect / (double)DatedPages;
    internal double DateMinuteAccuracy => DatedPages == 0 ? 1 : DatesToTheMinute / (double)DatedPages;
    internal double SourceAccuracy => SourcedPages == 0 ? 1 : SourcesCorrect / (double)SourcedPages;

    /// <summary>Body P/R/F1 are averaged over pages (each page counts once, long or short); micro F1 pools the bigrams.</summary>
    public static RealPageScores Of(IReadOnlyList<RealPageOutcome> set)
    {
        double Mean(Func<RealPageOutcome, double> f) => set.Count == 0 ? 0 : set.Average(f);
        var pooled = set.Aggregate(new Prf(), (sum, o) => sum + o.Body);
        var dated = set.Where(o => o.HasGoldDate).ToList();
        var sourced = set.Where(o => o.Gold.SourceSha256 is not null).ToList();
        return new RealPageScores(set.Count,
            Mean(o => o.Body.Predicted == 0 ? 0 : o.Body.Precision), Mean(o => o.Body.Recall), Mean(o => o.Body.F1), pooled.F1,
            Mean(o => o.TitleCorrect ? 1 : 0),
            dated.Count, dated.Count(o => o.DateDayCorrect), dated.Count(o => o.DateMinuteCorrect), set.Count(o => o.InventedDate),
            sourced.Count, sourced.Count(o => o.SourceCorrect));
    }
}

/// <summary>The real-page figures for the dev and test parts separately, one row per extractor.</summary>
public sealed class RealPageReport(IReadOnlyList<RealPageOutcome> outcomes)
{
    internal IReadOnlyList<RealPageOutcome> Outcomes { get; } = outcomes;

    internal RealPageScores Scores(string extractor, string? split)
        => RealPageScores.Of(Outcomes.Where(o => o.Extractor == extractor && (split is null || o.Gold.Split == split)).ToList());

    /// <summary>The table; <paramref name="onlySplit"/> limits it to one part (tuning looks at dev only).</summary>
    public string Render(string goldFile, string? onlySplit = null)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        var extractors = Outcomes.Select(o => o.Extractor).Distinct().ToList();
        int dev = Outcomes.Where(o => o.Extractor == extractors[0]).Count(o => o.Gold.IsDev);
        int test = Outcomes.Count(o => o.Extractor == extractors[0]) - dev;
        sb.AppendLine(string.Create(inv, $"Real pages ({Path.GetFileName(goldFile)}): {dev} dev + {test} test pages; dev is tuned on, test is not"));
        sb.AppendLine("split  extractor    pages  body P  body R  body F1  micro F1  title  date   date(min)  invented  source");
        sb.AppendLine("-----  -----------  -----  ------  ------  -------  --------  -----  -----  ---------  --------  ------");
        foreach (var split in new[] { GoldSplit.Dev, GoldSplit.Test }.Where(s => onlySplit is null || s == onlySplit))
            foreach (var e in extractors)
            {
                var s = Scores(e, split);
                var source = e == RealPageEvaluator.PressMineName ? s.SourceAccuracy.ToString("F3", inv) : "  -";
                sb.AppendLine(string.Create(inv,
                    $"{split,-5}  {e,-11}  {s.Pages,5}  {s.BodyPrecision,6:F3}  {s.BodyRecall,6:F3}  {s.BodyF1,7:F3}  {s.BodyMicroF1,8:F3}  {s.TitleAccuracy,5:F3}  {s.DateAccuracy,5:F3}  {s.DateMinuteAccuracy,9:F3}  {s.InventedDates,8}  {source,6}"));
            }
        sb.AppendLine("Body: CJK character bigrams, P/R/F1 averaged over pages. Date: the calendar day, over pages that show one;");
        sb.AppendLine("date(min): also the minute when the page shows a time. Invented: a date given for a page that shows none.");
        return sb.ToString();
    }

    /// <summary>One line per PressMine page that falls short, for tuning on the dev part.</summary>
    public IEnumerable<string> Misses(string split)
    {
        foreach (var o in Outcomes.Where(o => o.Extractor == RealPageEvaluator.PressMineName && o.Gold.Split == split))
        {
            var reasons = new List<string>();
            if (o.RejectReason is not null) reasons.Add($"rejected: {o.RejectReason}");
            if (o.Body.F1 < 0.95) reasons.Add(string.Create(CultureInfo.InvariantCulture, $"body P={o.Body.Precision:F2} R={o.Body.Recall:F2}"));
            if (!o.TitleCorrect) reasons.Add($"title '{o.Title}'");
            if (o.HasGoldDate && !o.DateMinuteCorrect) reasons.Add($"date {o.PublishedAt ?? "none"} ({o.PublishedAtBasis ?? "-"}), gold {o.Gold.PublishedAt} in {string.Join('/', o.Gold.PublishedAtFoundIn)}");
            if (o.InventedDate) reasons.Add($"invented date {o.PublishedAt} ({o.PublishedAtBasis})");
            if (reasons.Count > 0) yield return $"{o.Gold.Path}: {string.Join("; ", reasons)}";
        }
    }
}
