using System.Text.Json;
using PressMine.Extract.Evaluation;
using Xunit.Abstractions;

namespace PressMine.Tests.Extract;

/// <summary>
/// The real-story gold (corpus/gold/xwlb-facts.jsonl) holds references only, follows its fixed split, and
/// still matches the pages it refers to. The page checks need ../shared/devpages: without it they report a
/// skip, and fail when PRESSMINE_REQUIRE_DEVPAGES=1 (CI).
/// </summary>
public sealed class RealGoldTests(ITestOutputHelper output)
{
    private static readonly HashSet<string> EntryFields = ["page", "story", "sha256", "split", "published", "facts"];
    private static readonly HashSet<string> FactFields =
        ["metric", "kind", "value", "unit", "approx", "as_of", "since", "place", "evidence_start", "evidence_end"];

    [Fact]
    public void Gold_holds_references_numbers_and_labels_but_no_text()
    {
        foreach (var line in File.ReadLines(TestPaths.RealGold).Where(l => l.Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            Assert.Subset(EntryFields, doc.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet());
            foreach (var fact in doc.RootElement.GetProperty("facts").EnumerateArray())
            {
                Assert.Subset(FactFields, fact.EnumerateObject().Select(p => p.Name).ToHashSet());
                var unit = fact.GetProperty("unit").GetString() ?? "";
                Assert.True(unit.Length <= 3, $"unit '{unit}' is a measure word, not text");
            }
        }
    }

    [Fact]
    public void Gold_is_large_enough_and_follows_the_fixed_split()
    {
        var entries = RealGoldFile.Read(TestPaths.RealGold);
        Assert.Equal(entries.Count, entries.Select(e => e.Id).Distinct().Count());
        Assert.True(entries.Count(e => e.Facts.Count > 0) >= 60, "at least 60 stories with facts");
        Assert.True(entries.Count(e => e.Facts.Count == 0) >= 20, "at least 20 negative stories");
        Assert.All(entries, e => Assert.Equal(RealGoldFile.SplitOf(e.Page, e.Story), e.Split));
        Assert.All(entries, e => Assert.Contains(e.Split, new[] { RealGoldFile.Dev, RealGoldFile.Test }));
        Assert.All(entries.SelectMany(e => e.Facts), f => Assert.Contains(f.Metric, PressMine.Records.Metrics.All));
    }

    [Fact]
    public void Gold_matches_the_pages_and_every_evidence_span_holds_a_numeral()
    {
        if (TestPaths.DevPages is not { } devPages)
        {
            Assert.False(TestPaths.DevPagesRequired, "../shared/devpages is required here (PRESSMINE_REQUIRE_DEVPAGES=1) but absent");
            output.WriteLine("SKIPPED: ../shared/devpages not found; the gold cannot be checked against its pages");
            return;
        }
        var stories = RealStories.Load(devPages, RealGoldFile.Read(TestPaths.RealGold));
        foreach (var story in stories)
        foreach (var fact in story.Entry.Facts)
        {
            var evidence = story.Body[fact.EvidenceStart..fact.EvidenceEnd];
            Assert.True(evidence.Any(c => char.IsAsciiDigit(c) || "一二三四五六七八九十两百千万".Contains(c)),
                $"{story.Entry.Id}: evidence of {fact.Metric} {fact.Value} holds no numeral");
        }
        output.WriteLine($"{stories.Count} stories rebuilt from {devPages}, hashes and spans verified");
    }

    [Fact]
    public void A_changed_page_is_refused_not_scored()
    {
        var dir = TestPaths.NewTempDir();
        Directory.CreateDirectory(Path.Combine(dir, "xwlb"));
        File.WriteAllText(Path.Combine(dir, "xwlb", "20200101.md"), "# t\n\n## 详细新闻\n\n### 标题\n\n<p>县里检查企业5家。</p>\n");
        var good = RealGoldFile.SplitOf("xwlb/20200101.md", 0);
        var body = XwlbTranscript.Read(Path.Combine(dir, "xwlb", "20200101.md"))[0].Body;
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(body)));
        var entry = new RealGoldEntry("xwlb/20200101.md", 0, hash, good, "2020-01-01", []);
        Assert.Single(RealStories.Load(dir, [entry]));
        Assert.Throws<InvalidDataException>(() => RealStories.Load(dir, [entry with { Sha256 = new string('0', 64) }]));
        Assert.Throws<InvalidDataException>(() => RealStories.Load(dir, [entry with { Page = "../outside.md" }]));
    }
}
