using PressMine.Extract;
using PressMine.Extract.Evaluation;
using PressMine.Places;

namespace PressMine.Cli.Commands;

/// <summary>`evaluate --facts &lt;real-story gold&gt;`: rebuilds the stories from devpages and prints the scores per part.</summary>
internal static class RealFactsEvaluation
{
    public static int Run(string goldPath, string? devPages, string part, bool verbose, IMetricDecider? metrics = null, ReportGateOptions? gate = null)
    {
        string[] parts = part switch
        {
            RealGoldFile.Dev => [RealGoldFile.Dev],
            RealGoldFile.Test => [RealGoldFile.Test],
            "all" => [RealGoldFile.Dev, RealGoldFile.Test],
            _ => [],
        };
        if (parts.Length == 0) { Console.Error.WriteLine($"error: --part must be dev, test or all, not '{part}'"); return ExitCodes.UsageError; }
        var folder = devPages
            ?? RealStories.FindDevPages(Path.GetDirectoryName(Path.GetFullPath(goldPath))!)
            ?? RealStories.FindDevPages(Directory.GetCurrentDirectory());
        if (folder is null || !Directory.Exists(folder))
        {
            Console.Error.WriteLine("error: devpages not found (give --devpages DIR; the gold holds references only, the text comes from there)");
            return ExitCodes.UsageError;
        }
        var entries = RealGoldFile.Read(goldPath);
        var scorer = new RealFactScorer(new FactExtractor(PlaceResolvers.Default(), metrics, gate));
        try
        {
            foreach (var p in parts)
            {
                var stories = RealStories.Load(folder, entries.Where(e => e.Split == p));
                Console.WriteLine(scorer.Score(p, stories).Render(verbose));
                Console.WriteLine($"{p} part digest: {RealGoldFile.PartDigest(goldPath, p)}");
                Console.WriteLine();
            }
        }
        catch (InvalidDataException e)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return ExitCodes.UsageError;
        }
        return ExitCodes.Ok;
    }
}
