using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using PressMine.Records;

namespace PressMine.Extract.Evaluation;

/// <summary>A fact as annotated by hand in the development set.</summary>
public sealed record GoldFact(
    [property: JsonPropertyName("metric")] string Metric,
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("approx")] bool Approx = false,
    [property: JsonPropertyName("as_of")] string? AsOf = null,
    [property: JsonPropertyName("since")] string? Since = null,
    [property: JsonPropertyName("kind")] string? Kind = null);

/// <summary>One annotated text of the development set (one JSON object per line).</summary>
public sealed record DevSetEntry(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("published_at")] string? PublishedAt,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("facts")] IReadOnlyList<GoldFact> Facts)
{
    /// <summary>Reads a JSON-lines file, skipping blank lines; throws on a line that is JSON null.</summary>
    public static IReadOnlyList<DevSetEntry> ReadJsonLines(string path) => File.ReadLines(path)
        .Where(line => !string.IsNullOrWhiteSpace(line))
        .Select(line => JsonSerializer.Deserialize<DevSetEntry>(line) ?? throw new InvalidDataException($"bad line in {path}: {line}"))
        .ToList();
}

/// <summary>Match counts of one metric (or of all, pooled), with the ratios derived from them.</summary>
public sealed record MetricScore(string Metric, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>True positives over predictions; 0 when nothing was predicted.</summary>
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);
    /// <summary>True positives over gold facts; 0 when there were none.</summary>
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);
    /// <summary>Harmonic mean of <see cref="Precision"/> and <see cref="Recall"/>; 0 when both are 0.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    internal static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}

/// <summary>A mistake, for reading what went wrong.</summary>
public sealed record EvaluationError(string EntryId, string Type, string Metric, double Value, bool Approx);

/// <summary>Scores of the extractor on the development set.</summary>
/// <param name="PerMetric">One score per metric of <c>Metrics.All</c> that occurs in the gold or the predictions.</param>
/// <param name="Micro">All metrics pooled.</param>
/// <param name="Matched">Predicted facts matched to a gold fact.</param>
/// <param name="AsOfCorrect">Matched facts whose as_of equals the gold's.</param>
/// <param name="SinceCorrect">Matched facts whose since equals the gold's.</param>
/// <param name="NegativeEntries">Texts annotated with no fact.</param>
/// <param name="FactsFromNegatives">Facts extracted from those texts (all wrong).</param>
/// <param name="Errors">Every false positive, missed gold fact and as_of/since mismatch.</param>
public sealed record EvaluationReport(
    IReadOnlyList<MetricScore> PerMetric,
    MetricScore Micro,
    int Matched, int AsOfCorrect, int SinceCorrect,
    int NegativeEntries, int FactsFromNegatives,
    IReadOnlyList<EvaluationError> Errors)
{
    internal double MicroF1 => Micro.F1;
    internal double AsOfAccuracy => MetricScore.Ratio(AsOfCorrect, Matched);
    internal double SinceAccuracy => MetricScore.Ratio(SinceCorrect, Matched);

    /// <summary>Plain-text table: tp/fp/fn and P/R/F1 per metric and pooled, as_of/since accuracy, facts on negatives, then each error.</summary>
    public string RenderTable()
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(string.Format(inv, "{0,-24} {1,4} {2,4} {3,4} {4,7} {5,7} {6,7}", "metric", "tp", "fp", "fn", "P", "R", "F1"));
        foreach (var m in PerMetric.Append(Micro))
            sb.AppendLine(string.Format(inv, "{0,-24} {1,4} {2,4} {3,4} {4,7:0.000} {5,7:0.000} {6,7:0.000}",
                m.Metric, m.TruePositives, m.FalsePositives, m.FalseNegatives, m.Precision, m.Recall, m.F1));
        sb.AppendLine(string.Format(inv, "as_of accuracy on matched: {0}/{1} = {2:0.000}", AsOfCorrect, Matched, AsOfAccuracy));
        sb.AppendLine(string.Format(inv, "since accuracy on matched: {0}/{1} = {2:0.000}", SinceCorrect, Matched, SinceAccuracy));
        sb.AppendLine($"facts from {NegativeEntries} negative texts: {FactsFromNegatives}");
        foreach (var e in Errors)
            sb.AppendLine(string.Format(inv, "  {0} {1}: {2} {3}{4}", e.EntryId, e.Type, e.Metric, e.Value, e.Approx ? "~" : ""));
        return sb.ToString();
    }
}

/// <summary>
/// Scores extracted facts against a hand-annotated set: a predicted fact matches a gold fact with the same
/// metric, value and approx flag (each gold fact matched at most once); then precision, recall and F1 per
/// metric and micro-averaged, as_of/since accuracy over the matched pairs, and facts produced on texts
/// annotated with none.
/// </summary>
public sealed class FactEvaluator(FactExtractor extractor)
{
    /// <summary>Extracts facts from each entry's text (published_at as the reference date) and scores them against its gold facts.</summary>
    public EvaluationReport Evaluate(IEnumerable<DevSetEntry> entries)
    {
        var tp = new Dictionary<string, int>();
        var fp = new Dictionary<string, int>();
        var fn = new Dictionary<string, int>();
        var errors = new List<EvaluationError>();
        int matched = 0, asOfOk = 0, sinceOk = 0, negatives = 0, negativeFacts = 0;
        static void Bump(Dictionary<string, int> d, string k) => d[k] = d.GetValueOrDefault(k) + 1;

        foreach (var entry in entries)
        {
            var predicted = extractor.Extract(entry.Id, null, entry.Text, entry.PublishedAt, null, null).Facts;
            if (entry.Facts.Count == 0) { negatives++; negativeFacts += predicted.Count; }
            var unmatchedGold = entry.Facts.ToList();
            foreach (var fact in predicted)
            {
                var gold = unmatchedGold.FirstOrDefault(g => g.Metric == fact.Metric && g.Value == fact.Value && g.Approx == fact.Approx);
                if (gold is null)
                {
                    Bump(fp, fact.Metric);
                    errors.Add(new EvaluationError(entry.Id, "false positive", fact.Metric, fact.Value, fact.Approx));
                    continue;
                }
                unmatchedGold.Remove(gold);
                Bump(tp, fact.Metric);
                matched++;
                if (gold.AsOf == fact.AsOf) asOfOk++;
                else errors.Add(new EvaluationError(entry.Id, $"as_of {fact.AsOf ?? "-"} should be {gold.AsOf ?? "-"}", fact.Metric, fact.Value, fact.Approx));
                if (gold.Since == fact.Since) sinceOk++;
                else errors.Add(new EvaluationError(entry.Id, $"since {fact.Since ?? "-"} should be {gold.Since ?? "-"}", fact.Metric, fact.Value, fact.Approx));
            }
            foreach (var gold in unmatchedGold)
            {
                Bump(fn, gold.Metric);
                errors.Add(new EvaluationError(entry.Id, "missed", gold.Metric, gold.Value, gold.Approx));
            }
        }

        var perMetric = Metrics.All
            .Where(m => tp.ContainsKey(m) || fp.ContainsKey(m) || fn.ContainsKey(m))
            .Select(m => new MetricScore(m, tp.GetValueOrDefault(m), fp.GetValueOrDefault(m), fn.GetValueOrDefault(m)))
            .ToList();
        var micro = new MetricScore("micro", tp.Values.Sum(), fp.Values.Sum(), fn.Values.Sum());
        return new EvaluationReport(perMetric, micro, matched, asOfOk, sinceOk, negatives, negativeFacts, errors);
    }
}
