using PressMine.Dedup;
using PressMine.Places;

namespace PressMine.Bench;

/// <summary>
/// `dedup-pairs [--generate]`: (re)writes the labelled pair set, then prints duplicate precision/recall for the
/// shipped parameters and a small grid of alternatives (bands × rows, threshold, numbers/places checks).
/// </summary>
public static class DedupPairsCommand
{
    public static int Run(string[] args)
    {
        var corpus = CorpusLocator.FindCorpusDirectory() ?? throw new InvalidOperationException("corpus/ not found");
        var repo = Path.GetDirectoryName(corpus)!;
        var file = Path.Combine(repo, "tests", "PressMine.Tests", "Dedup", "Pairs", "pairs.jsonl");
        if (args.Contains("--generate") || !File.Exists(file)) DedupPairGenerator.Run(corpus, file);
        var pairs = PairSetEvaluator.Load(file);
        var evaluator = new PairSetEvaluator(new PlaceKeyer(Gazetteer.Default));
        Console.WriteLine($"{pairs.Count} pairs ({pairs.Count(p => p.Duplicate)} duplicate) from {file}");
        Console.WriteLine($"{"bands×rows",-11} {"threshold",9} {"numbers",7} {"places",6} {"P",6} {"R",6} {"FP",4} {"FN",4}");
        foreach (var p in Grid())
        {
            var s = evaluator.Score(pairs, p);
            Console.WriteLine($"{p.Bands + "×" + 128 / p.Bands,-11} {p.Threshold,9:F2} {(p.CheckNumbers ? "yes" : "no"),7} {(p.CheckPlaces ? "yes" : "no"),6} " +
                              $"{s.Precision,6:F3} {s.Recall,6:F3} {s.FalsePositives,4} {s.FalseNegatives,4}{(p == DedupParameters.Default ? "  ← shipped" : "")}");
            if (args.Contains("-v") && p == DedupParameters.Default)
                foreach (var e in s.Errors) Console.WriteLine($"    wrong: {e.Id} ({e.Kind}, labelled {(e.Duplicate ? "duplicate" : "distinct")})");
        }
        return 0;
    }

    static IEnumerable<DedupParameters> Grid()
    {
        yield return DedupParameters.Default;
        foreach (int bands in new[] { 16, 32, 64 })
            foreach (double t in new[] { 0.7, 0.8, 0.85, 0.9, 0.95 })
                if (!(bands == 32 && t == 0.8)) yield return new DedupParameters(bands, t);
        yield return DedupParameters.Default with { CheckNumbers = false };
        yield return DedupParameters.Default with { CheckPlaces = false };
        yield return DedupParameters.Default with { CheckNumbers = false, CheckPlaces = false };
    }
}
