using System.Globalization;
using System.Text;
using PressMine.Records;

namespace PressMine.Extract.Evaluation;

/// <summary>Counts gathered while scoring real stories; <see cref="ToReport"/> freezes them.</summary>
internal sealed class RealFactTally
{
    private readonly Dictionary<string, int> tp = new(), fp = new(), fn = new();
    public int Stories, Negatives, NegativeFacts, NegativeCoreFacts, Repeats, AsOfCorrect, SinceCorrect;
    public int PlacePredicted, PlaceCorrect, PlaceExact, PlaceGoldNamed;
    public List<RealFactError> Errors { get; } = [];

    public void TruePositive(string metric) => Bump(tp, metric);
    public void FalsePositive(string metric) => Bump(fp, metric);
    public void FalseNegative(string metric) => Bump(fn, metric);

    public void NegativeFact(string metric)
    {
        NegativeFacts++;
        if (metric != Metrics.Other) NegativeCoreFacts++;
    }

    public void Place(string? predicted, string? gold)
    {
        if (predicted == gold) PlaceExact++;
        if (gold is not null) PlaceGoldNamed++;
        if (predicted is null) return;
        PlacePredicted++;
        if (predicted == gold) PlaceCorrect++;
    }

    private static void Bump(Dictionary<string, int> d, string k) => d[k] = d.GetValueOrDefault(k) + 1;

    private MetricScore Sum(string name, Func<string, bool> include) => new(name,
        tp.Where(kv => include(kv.Key)).Sum(kv => kv.Value),
        fp.Where(kv => include(kv.Key)).Sum(kv => kv.Value),
        fn.Where(kv => include(kv.Key)).Sum(kv => kv.Value));

    public RealFactReport ToReport(string part)
    {
        var perMetric = Metrics.All
            .Where(m => tp.ContainsKey(m) || fp.ContainsKey(m) || fn.ContainsKey(m))
            .Select(m => new MetricScore(m, tp.GetValueOrDefault(m), fp.GetValueOrDefault(m), fn.GetValueOrDefault(m)))
            .ToList();
        var matched = tp.Values.Sum();
        return new RealFactReport(part, Stories, Negatives, perMetric,
            Sum("micro", _ => true), Sum("core micro", m => m != Metrics.Other),
            matched, AsOfCorrect, SinceCorrect, PlacePredicted, PlaceCorrect, PlaceExact, PlaceGoldNamed,
            NegativeFacts, NegativeCoreFacts, Repeats, Errors);
    }
}

/// <summary>Scores of the extractor on one part of the annotated real stories.</summary>
public sealed record RealFactReport(
    string Part, int Stories, int Negatives,
    IReadOnlyList<MetricScore> PerMetric, MetricScore Micro, MetricScore Core,
    int Matched, int AsOfCorrect, int SinceCorrect,
    int PlacePredicted, int PlaceCorrect, int PlaceExact, int PlaceGoldNamed,
    int NegativeFacts, int NegativeCoreFacts, int Repeats,
    IReadOnlyList<RealFactError> Errors)
{
    internal double CoreF1 => Core.F1;
    internal double PlacePrecision => MetricScore.Ratio(PlaceCorrect, PlacePredicted);

    /// <summary>Plain-text table of the part's scores; withErrors appends every difference from the gold.</summary>
    public string Render(bool withErrors)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine($"== {Part}: {Stories} stories ({Stories - Negatives} with facts, {Negatives} negatives)");
        sb.AppendLine(string.Format(inv, "{0,-24} {1,4} {2,4} {3,4} {4,7} {5,7} {6,7}", "metric", "tp", "fp", "fn", "P", "R", "F1"));
        foreach (var m in PerMetric.Append(Core).Append(Micro))
            sb.AppendLine(string.Format(inv, "{0,-24} {1,4} {2,4} {3,4} {4,7:0.000} {5,7:0.000} {6,7:0.000}",
                m.Metric, m.TruePositives, m.FalsePositives, m.FalseNegatives, m.Precision, m.Recall, m.F1));
        sb.AppendLine(string.Format(inv, "as_of right on matched: {0}/{1}; since right: {2}/{1}", AsOfCorrect, Matched, SinceCorrect));
        sb.AppendLine(string.Format(inv, "place: {0}/{1} matched facts exact (null = national); precision of places given {2}/{3} = {4:0.000}",
            PlaceExact, Matched, PlaceCorrect, PlacePredicted, PlacePrecision));
        sb.AppendLine($"facts on the {Negatives} negative stories: {NegativeFacts} ({NegativeCoreFacts} core); repeats of a matched count: {Repeats}");
        if (withErrors)
            foreach (var e in Errors)
                sb.AppendLine(string.Format(inv, "  {0} {1}: {2}{3} {4}{5}{6}", e.StoryId, e.Type, e.Metric,
                    e.Kind is null ? "" : "/" + e.Kind, e.Value, e.Approx ? "~" : "", e.Detail is null ? "" : " | " + e.Detail));
        return sb.ToString();
    }
}
