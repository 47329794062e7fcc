using PressMine.Extract;
using PressMine.Records;

namespace PressMine.Tests.Extract;

public class BreakdownMarkerTests
{
    static readonly BreakdownMarker Marker = BreakdownMarker.Default;
    static readonly string[] Kinds = ["安全", "消防", "环境", "质量", "作风"];

    /// <summary>Facts of one body, each a (metric, value, unit) in the sentence that holds it.</summary>
    static List<Fact> Facts(string body, params (string Metric, double Value, string Unit)[] counts)
    {
        var facts = new List<Fact>();
        foreach (var (metric, value, unit) in counts)
        {
            int at = body.IndexOf(value + unit, StringComparison.Ordinal);
            int start = body.LastIndexOf('。', Math.Max(0, at)) + 1, end = body.IndexOf('。', at) + 1;
            facts.Add(new Fact { ArticleId = "a", Metric = metric, Value = value, Unit = unit, Evidence = body[start..end], Start = start, End = end });
        }
        return facts;
    }

    [Fact]
    public void Parts_after_a_cue_are_breakdowns_of_the_larger_total_before_it()
    {
        var random = new Random(16);
        foreach (var cue in new[] { "其中", "包括", "含" })
            for (int trial = 0; trial < 40; trial++)
            {
                int total = random.Next(20, 900), a = random.Next(1, total / 2), b = random.Next(1, total / 2);
                var (k1, k2) = (Kinds[random.Next(Kinds.Length)], Kinds[random.Next(Kinds.Length)]);
                var body = $"督查组深入{random.Next(3, 9)}个乡镇，共发现问题{total}个，{cue}{k1}问题{a}个、{k2}问题{b}个。已整改{total / 2}个。";
                var facts = Facts(body, (Metrics.ProblemsFound, total, "个"), (Metrics.ProblemsFound, a, "个"), (Metrics.ProblemsFound, b, "个"),
                    (Metrics.ProblemsRectified, total / 2, "个"));
                var marked = Marker.Mark(body, facts);
                Assert.Equal([false, true, true, false], marked.Select(f => f.IsBreakdown));
            }
    }

    [Fact]
    public void A_sentence_opening_with_the_cue_breaks_down_the_total_of_the_sentence_before()
    {
        var body = "今年以来共发现问题126个。其中，安全问题30个，消防问题20个。";
        var marked = Marker.Mark(body, Facts(body, (Metrics.ProblemsFound, 126, "个"), (Metrics.ProblemsFound, 30, "个"), (Metrics.ProblemsFound, 20, "个")));
        Assert.Equal([false, true, true], marked.Select(f => f.IsBreakdown));
    }

    [Theory]
    [InlineData("发现问题26个，其中已整改11个。", "problems_rectified")] // another measure: a rectification, not a part
    [InlineData("发现问题26个，其中重大问题40个。", "problems_found")] // not smaller than the total: not a part of it
    [InlineData("发现问题26个；另发现问题11个。", "problems_found")] // no cue
    [InlineData("发现问题26个，已整改其中大部分；复查发现问题11个。", "problems_found")] // a ； between the cue and the count
    public void Counts_that_are_not_parts_of_the_total_stay_unmarked(string body, string secondMetric)
    {
        var second = secondMetric == "problems_rectified" ? 11 : body.Contains("40个") ? 40 : 11;
        var marked = Marker.Mark(body, Facts(body, (Metrics.ProblemsFound, 26, "个"), (secondMetric, second, "个")));
        Assert.All(marked, f => Assert.False(f.IsBreakdown));
    }

    [Fact]
    public void A_part_in_another_unit_class_is_not_a_breakdown_of_the_total()
    {
        var body = "检查经营主体120家，其中检查学校食堂30家次。";
        var marked = Marker.Mark(body, Facts(body, (Metrics.EntitiesInspected, 120, "家"), (Metrics.EntitiesInspected, 30, "家次")));
        Assert.All(marked, f => Assert.False(f.IsBreakdown));
    }
}
