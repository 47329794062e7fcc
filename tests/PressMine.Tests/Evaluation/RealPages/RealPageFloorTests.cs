using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PressMine.Evaluation.RealPages;

namespace PressMine.Tests.Evaluation.RealPages;

/// <summary>
/// The real-page evaluation gate: the shipped cleaner must stay at or above the floors in corpus/realpages/floors.json,
/// which hold only for the gold and pages they were measured on (both pinned by SHA-256). Absent pages skip (reported),
/// or fail with PRESSMINE_REQUIRE_DEVPAGES=1; pages or gold that differ from the pinned ones fail: re-measure first.
/// </summary>
public class RealPageFloorTests
{
    private static string FloorsFile => Path.Combine(TestPaths.Corpus, "realpages", "floors.json");

    private sealed record Measure(string Name, double Measured, double Margin, double Floor);

    private sealed record Floors(string Gold, string GoldSha256, string PagesSha256, string Split, IReadOnlyList<Measure> Measures);

    private static Floors Load()
        => JsonSerializer.Deserialize<Floors>(File.ReadAllText(FloorsFile), new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower })
           ?? throw new InvalidDataException("empty floors file");

    /// <summary>One line per gold page in gold order (path, TAB, SHA-256 of its bytes); null when a page is missing.</summary>
    public static string? PagesDigest(IReadOnlyList<RealPageGold> golds, string devpages)
    {
        var lines = new StringBuilder();
        foreach (var g in golds)
        {
            var file = Path.Combine(devpages, g.Path);
            if (!File.Exists(file)) return null;
            lines.Append(g.Path).Append('\t').Append(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)))).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(lines.ToString())));
    }

    [Fact]
    public void Every_floor_sits_below_its_measured_figure_by_its_stated_margin()
    {
        var floors = Load();
        Assert.Equal(GoldSplit.Test, floors.Split);
        Assert.Equal(RealPageGoldTests.PinnedDigest, floors.GoldSha256);
        Assert.NotEmpty(floors.Measures);
        Assert.All(floors.Measures, m =>
        {
            Assert.True(m.Margin > 0, $"{m.Name}: a floor needs a margin");
            Assert.Equal(m.Measured - m.Margin, m.Floor, 3);
        });
    }

    [SkippableFact]
    public void The_shipped_cleaner_stays_above_the_floors_on_the_pages_they_were_measured_on()
    {
        var floors = Load();
        var goldFile = Path.Combine(TestPaths.Corpus, "realpages", floors.Gold);
        Assert.Equal(floors.GoldSha256, RealPageGold.ContentDigest(goldFile));
        var devpages = TestPaths.DevPages;
        if (devpages is null)
        {
            Assert.False(TestPaths.DevPagesRequired, "../shared/devpages is required here (PRESSMINE_REQUIRE_DEVPAGES=1) but absent");
            Skip.If(true, "../shared/devpages is absent on this machine: real-page floors not checked");
        }
        var golds = RealPageGold.Load(goldFile);
        var digest = PagesDigest(golds, devpages!);
        Assert.True(digest is not null, "a gold page is missing from ../shared/devpages");
        Assert.True(digest == floors.PagesSha256, $"the pages differ from those the floors were measured on ({digest}): re-measure, then write new floors");

        var outcomes = new RealPageEvaluator(compareSmartReader: false).Evaluate(golds.Where(g => g.Split == floors.Split).ToList(), devpages!);
        var s = RealPageScores.Of(outcomes);
        var figures = new Dictionary<string, double>
        {
            ["body_f1"] = s.BodyF1, ["body_precision"] = s.BodyPrecision, ["body_recall"] = s.BodyRecall,
            ["title"] = s.TitleAccuracy, ["date"] = s.DateAccuracy,
        };
        Assert.Equal(20, s.Pages);
        Assert.All(floors.Measures, m =>
        {
            Assert.True(figures.ContainsKey(m.Name), $"unknown measure {m.Name} in floors.json");
            Assert.True(figures[m.Name] >= m.Floor, $"{m.Name} {figures[m.Name]:F3} is below its floor {m.Floor:F3} (measured {m.Measured:F3})");
        });
    }
}
