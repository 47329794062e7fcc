using System.CommandLine;
using PressMine.Evaluation;
using PressMine.Extract;
using PressMine.Extract.Evaluation;
using PressMine.Pipeline;
using PressMine.Places;

namespace PressMine.Cli.Commands;

public static class EvaluateCommand
{
    public static Command Create()
    {
        var corpus = new Option<string?>("--corpus") { Description = "Corpus directory with pages/ and expected/ (default: the bundled corpus)" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Also list every page that differs from its expected result" };
        var compare = new Option<string?>("--compare") { Description = "Also run another extractor on the same pages and print both side by side (supported: smartreader)" };
        var facts = new Option<string?>("--facts") { Description = "Instead: score fact extraction on a JSON Lines set of annotated texts (e.g. tests/PressMine.Tests/Extract/DevSet/devset.jsonl), or on annotated real stories (corpus/gold/xwlb-facts.jsonl)" };
        var devPages = new Option<string?>("--devpages") { Description = "Folder of the shared real pages (default: shared/devpages beside the checkout)" };
        var devpages = devPages;
        var part = new Option<string>("--part") { Description = "With real-story gold: dev, test or all (default dev; test is for the final figure)", DefaultValueFactory = _ => RealGoldFile.Dev };
        var gold = new Option<string?>("--gold") { Description = "Gold file annotating the real pages (default: corpus/realpages/gne-gold.jsonl)" };
        var split = new Option<string?>("--split") { Description = "Print the real-page figures of one part only: dev or test" };
        split.AcceptOnlyFromAmong(PressMine.Evaluation.RealPages.GoldSplit.Dev, PressMine.Evaluation.RealPages.GoldSplit.Test);
        var metricModel = new Option<string?>("--metric-model") { Description = "With --facts: decide metrics with this learned model (pressmine train-facts) instead of the rules" };
        var reportGate = new Option<PressMine.Extract.ReportGateScope?>("--report-gate") { Description = "With --facts on real stories: how much of a story the supervision-report gate reads (None, Sentence, Neighbourhood, Story; default the shipped Sentence), to measure the gate" };
        var combination = new Option<PressMine.Extract.Learned.MetricCombination>("--combination") { Description = "With --metric-model: Model (the model decides every count) or RulesThenModel (the model decides the counts the rules leave out)", DefaultValueFactory = _ => PressMine.Extract.Learned.MetricCombination.Model };
        var command = new Command("evaluate", "Measure every stage against the corpus' hand-written expected results and the annotated real pages")
            { corpus, verbose, compare, facts, devPages, part, gold, split, metricModel, combination, reportGate };
        command.SetAction(parse =>
        {
            if (parse.GetValue(facts) is { } factSet)
            {
                if (!File.Exists(factSet)) { Console.Error.WriteLine($"error: no such file: {factSet}"); return ExitCodes.UsageError; }
                if (RealGoldFile.LooksLikeRealGold(factSet))
                {
                    IMetricDecider? decider = null;
                    if (parse.GetValue(metricModel) is { } modelPath)
                    {
                        if (!File.Exists(modelPath)) { Console.Error.WriteLine($"error: no such model: {modelPath}"); return ExitCodes.UsageError; }
                        decider = new PressMine.Extract.Learned.CombinedMetricDecider(PressMine.Extract.Learned.MetricModel.Load(modelPath), parse.GetValue(combination));
                    }
                    return RealFactsEvaluation.Run(factSet, parse.GetValue(devPages), parse.GetValue(part)!, parse.GetValue(verbose), decider,
                        parse.GetValue(reportGate) is { } scope ? new PressMine.Extract.ReportGateOptions(scope) : null);
                }
                var factReport = new FactEvaluator(new FactExtractor(PlaceResolvers.Default())).Evaluate(DevSetEntry.ReadJsonLines(factSet));
                Console.WriteLine(factReport.RenderTable());
                return ExitCodes.Ok;
            }
            var dir = parse.GetValue(corpus) ?? CorpusLocator.FindCorpusDirectory();
            if (dir is null) { Console.Error.WriteLine("error: no corpus found"); return ExitCodes.UsageError; }
            if (CorpusProblem(dir) is { } problem) { Console.Error.WriteLine($"error: {problem}"); return ExitCodes.UsageError; }
            var other = parse.GetValue(compare);
            if (other is not null && !other.Equals("smartreader", StringComparison.OrdinalIgnoreCase))
            {
                Console.Error.WriteLine($"error: unknown extractor '{other}' for --compare (supported: smartreader)");
                return ExitCodes.UsageError;
            }
            var report = new CorpusEvaluator(PlaceResolvers.Default()).Evaluate(dir);
            Console.WriteLine(report.Render());
            if (parse.GetValue(verbose))
                foreach (var line in report.Mismatches()) Console.WriteLine(line);
            if (other is not null)
            {
                Console.WriteLine();
                Console.WriteLine(new ComparisonReport(ExtractorComparison.Run(dir)).Render());
            }
            Console.WriteLine();
            bool realPagesOk = RealPagesSection.Print(parse.GetValue(devpages), parse.GetValue(gold), dir, other is not null, parse.GetValue(verbose), parse.GetValue(split));
            return realPagesOk ? ExitCodes.Ok : ExitCodes.UsageError;
        });
        return command;
    }

    /// <summary>Why a directory cannot be scored as a corpus: a score over no pages would read as perfect.</summary>
    static string? CorpusProblem(string dir)
    {
        var pages = Path.Combine(dir, "pages");
        var expected = Path.Combine(dir, "expected");
        if (!Directory.Exists(dir)) return $"corpus directory not found: {dir}";
        if (!Directory.Exists(pages) || !Directory.Exists(expected))
            return $"'{dir}' is not a corpus: it needs pages/ and expected/ (one <name>.json per page)";
        if (!Directory.EnumerateFiles(expected, "*.json").Any())
            return $"'{expected}' holds no expected results (*.json): there is nothing to score";
        return null;
    }
}
