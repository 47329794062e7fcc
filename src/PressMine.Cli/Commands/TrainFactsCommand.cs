using System.CommandLine;
using System.Globalization;
using PressMine.Extract;
using PressMine.Extract.Evaluation;
using PressMine.Extract.Learned;
using PressMine.Places;

namespace PressMine.Cli.Commands;

/// <summary>
/// <c>pressmine train-facts</c>: cross-validates the learned metric decision against the rules on the real dev
/// stories (folded by story), then trains it on all real dev stories plus the generated dev set and saves it.
/// The test part of the gold is never read here.
/// </summary>
public static class TrainFactsCommand
{
    public static Command Create()
    {
        var gold = new Option<string?>("--facts") { Description = "Real-story gold (default: <corpus>/gold/xwlb-facts.jsonl); only its dev part is used" };
        var devPages = new Option<string?>("--devpages") { Description = "The shared devpages folder the gold refers to (default: found beside the checkout)" };
        var devSet = new Option<string?>("--devset") { Description = "Generated dev set, JSON lines (default: tests/PressMine.Tests/Extract/DevSet/devset.jsonl)" };
        var learner = new Option<string>("--learner") { Description = "SdcaMaximumEntropy, LbfgsMaximumEntropy, LightGbm, FastTree, or all (cross-validate each, train the first given)", DefaultValueFactory = _ => nameof(MetricLearner.LbfgsMaximumEntropy) };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds over real dev stories (0: none)", DefaultValueFactory = _ => 5 };
        var output = new Option<string?>("--out") { Description = "Where to save the model (default: <corpus>/models/facts-metric.zip)" };
        var seed = new Option<int>("--seed") { Description = "Random seed", DefaultValueFactory = _ => 15 };
        var wordTokens = new Option<bool>("--word-tokens") { Description = "Also feed the jieba words around each number (the Segment stage) to the model" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Print where the model and the rules differ in cross-validation" };
        var command = new Command("train-facts", "Train the learned metric decision of fact extraction, with cross-validation against the rules")
            { gold, devPages, devSet, learner, folds, output, seed, verbose, wordTokens };
        command.SetAction(parse =>
        {
            var corpus = CorpusLocator.FindCorpusDirectory();
            var goldPath = parse.GetValue(gold) ?? (corpus is null ? null : Path.Combine(corpus, "gold", "xwlb-facts.jsonl"));
            var devSetPath = parse.GetValue(devSet)
                ?? (corpus is null ? null : Path.Combine(Path.GetDirectoryName(corpus)!, "tests", "PressMine.Tests", "Extract", "DevSet", "devset.jsonl"));
            if (goldPath is null || !File.Exists(goldPath)) { Console.Error.WriteLine("error: no gold file (--facts)"); return ExitCodes.UsageError; }
            if (devSetPath is null || !File.Exists(devSetPath)) { Console.Error.WriteLine("error: no generated dev set (--devset)"); return ExitCodes.UsageError; }
            var folder = parse.GetValue(devPages) ?? RealStories.FindDevPages(Path.GetDirectoryName(Path.GetFullPath(goldPath))!)
                ?? RealStories.FindDevPages(Directory.GetCurrentDirectory());
            if (folder is null) { Console.Error.WriteLine("error: devpages not found (--devpages)"); return ExitCodes.UsageError; }
            var learners = ParseLearners(parse.GetValue(learner)!);
            if (learners is null) { Console.Error.WriteLine("error: unknown --learner"); return ExitCodes.UsageError; }

            IReadOnlyList<RealStory> stories;
            try { stories = RealStories.Load(folder, RealGoldFile.Read(goldPath).Where(e => e.Split == RealGoldFile.Dev)); }
            catch (InvalidDataException e) { Console.Error.WriteLine("error: " + e.Message); return ExitCodes.UsageError; }
            var words = parse.GetValue(wordTokens);
            var generated = MentionLabeller.FromDevSet(DevSetEntry.ReadJsonLines(devSetPath), out var genSummary, words);
            var real = MentionLabeller.FromRealStories(stories, out var realSummary, words);
            Console.WriteLine($"real dev stories: {stories.Count}, {realSummary.Mentions} count mentions, {realSummary.GoldAligned}/{realSummary.GoldFacts} gold facts on a mention");
            Console.WriteLine($"generated dev set: {genSummary.Mentions} count mentions, {genSummary.GoldAligned}/{genSummary.GoldFacts} gold facts on a mention");
            Console.WriteLine($"real dev digest: {RealGoldFile.PartDigest(goldPath, RealGoldFile.Dev)}");

            var places = PlaceResolvers.Default();
            var k = parse.GetValue(folds);
            var seedValue = parse.GetValue(seed);
            if (k >= 2)
            {
                var first = true;
                foreach (var l in learners)
                {
                    var cv = MetricCrossValidation.Run(stories, generated, new MetricModelOptions(l, seedValue, words), k, places);
                    if (first) Console.WriteLine(Line($"{k}-fold CV rules", cv.Rules));
                    foreach (var (combination, report) in cv.Model)
                    {
                        Console.WriteLine(Line($"{k}-fold CV {l} {combination}", report));
                        if (parse.GetValue(verbose)) PrintDifferences(cv.Rules, report);
                    }
                    first = false;
                }
            }
            var path = parse.GetValue(output) ?? Path.Combine(corpus ?? ".", "models", MetricModel.DefaultFileName);
            MetricModel.Train(real.Concat(generated).ToList(), new MetricModelOptions(learners[0], seedValue, words)).Save(path);
            Console.WriteLine($"model ({learners[0]}, seed {seedValue}) saved to {path}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void PrintDifferences(RealFactReport rulesReport, RealFactReport modelReport)
    {
        static string Key(RealFactError e) => $"{e.StoryId} {e.Type}: {e.Metric}{(e.Kind is null ? "" : "/" + e.Kind)} {e.Value}{(e.Approx ? "~" : "")}";
        var rules = rulesReport.Errors.Select(Key).ToHashSet();
        var model = modelReport.Errors.Select(Key).ToHashSet();
        foreach (var e in modelReport.Errors.Where(e => !rules.Contains(Key(e)))) Console.WriteLine("  model only: " + Key(e) + (e.Detail is null ? "" : " | " + e.Detail));
        foreach (var e in rulesReport.Errors.Where(e => !model.Contains(Key(e)))) Console.WriteLine("  rules only: " + Key(e) + (e.Detail is null ? "" : " | " + e.Detail));
    }

    private static string Line(string name, RealFactReport r) => string.Create(CultureInfo.InvariantCulture,
        $"{name,-46} core P/R/F1 {r.Core.Precision:0.000}/{r.Core.Recall:0.000}/{r.Core.F1:0.000}  micro {r.Micro.Precision:0.000}/{r.Micro.Recall:0.000}/{r.Micro.F1:0.000}  negatives {r.NegativeFacts} ({r.NegativeCoreFacts} core)");

    private static MetricLearner[]? ParseLearners(string text)
    {
        if (text == "all") return Enum.GetValues<MetricLearner>();
        var result = new List<MetricLearner>();
        foreach (var part in text.Split(','))
        {
            if (!Enum.TryParse<MetricLearner>(part.Trim(), true, out var l)) return null;
            result.Add(l);
        }
        return result.Count == 0 ? null : result.ToArray();
    }
}
