using PressMine.Evaluation.RealPages;

namespace PressMine.Cli.Commands;

/// <summary>The real-page part of <c>pressmine evaluate</c>: dev and test figures, SmartReader beside them on request.</summary>
public static class RealPagesSection
{
    /// <summary>Prints the figures, or says why they are not printed; returns false on a broken gold or page.</summary>
    public static bool Print(string? devpagesOption, string? goldOption, string? corpusDir, bool compare, bool verbose, string? split = null)
    {
        var devpages = devpagesOption ?? DevPagesLocator.FindDevPages();
        if (devpages is null)
        {
            Console.WriteLine("Real pages: ../shared/devpages not found (give --devpages <dir>); real-page figures not measured.");
            return true;
        }
        var gold = goldOption ?? DevPagesLocator.FindGold(corpusDir);
        if (gold is null || !File.Exists(gold))
        {
            Console.Error.WriteLine($"error: no real-page gold file (corpus/realpages/{DevPagesLocator.GneGoldFile}); give --gold <file>");
            return false;
        }
        try
        {
            var outcomes = new RealPageEvaluator(compare).Evaluate(RealPageGold.Load(gold), devpages);
            var report = new RealPageReport(outcomes);
            Console.WriteLine(report.Render(gold, split));
            if (verbose)
                foreach (var miss in report.Misses(GoldSplit.Dev)) Console.WriteLine(miss);
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or FileNotFoundException)
        {
            Console.Error.WriteLine($"error: real pages: {e.Message}");
            return false;
        }
    }
}
