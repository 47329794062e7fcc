using System.Text.Json;
using Xunit.Abstractions;

namespace PressMine.Tests.Pipeline;

/// <summary>The main job on the five real seed pages (../shared/seeds), through the real CLI.</summary>
public class SeedsEndToEndTests(ITestOutputHelper output)
{
    static readonly string[] Boilerplate =
        ["当前位置", "稿源", "报料热线", "编辑", "纠错", "版权所有", "许可证", "扫一扫", "推荐阅读", "分享到", "举报电话", "ICP", "手机版", "微信公众号", "Copyright"];

    static readonly Dictionary<string, (string Title, string Date)> Expected = new()
    {
        ["000"] = ("浙江省委疫情防控督导组在甬督导", "2020-02-19T08:44:05+08:00"),
        ["001"] = ("镇海纪检监察干部一线织密防疫网", "2021-12-16T07:06:33+08:00"),
        ["002"] = ("市第九核查督导组入驻诸城市 细核查严督导 坚决打好疫情防控阻击战", "2020-02-27T11:02:13+08:00"),
        ["003"] = ("直奔基层、现场暗访!万源市防疫督查督办“有一套”", "2020-02-15T11:11:19+08:00"),
    };

    [SkippableFact]
    public void Seeds_give_five_clean_articles_with_titles_dates_and_facts()
    {
        var seeds = Requires.Seeds();
        var outDir = Path.Combine(TestPaths.NewTempDir(), "seeds-out");
        var run = CliRunner.Run("run", seeds, "--out", outDir, "--format", "jsonl");
        output.WriteLine(run.StdOut + run.StdErr);
        Assert.Equal(0, run.ExitCode);

        var articles = File.ReadAllLines(Path.Combine(outDir, "articles.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(5, articles.Count);
        Assert.All(articles, a => Assert.Equal("ok", a.GetProperty("status").GetString()));
        foreach (var a in articles)
        {
            var stem = Path.GetFileName(a.GetProperty("source_path").GetString()!)[..3];
            var paragraphs = a.GetProperty("body").GetString()!.Split('\n');
            Assert.Equal(paragraphs.Length, paragraphs.Distinct().Count());
            foreach (var p in paragraphs)
                Assert.DoesNotContain(Boilerplate, b => p.Contains(b, StringComparison.Ordinal) && p.Length < 80);
            if (Expected.TryGetValue(stem, out var e))
            {
                Assert.Equal(e.Title, a.GetProperty("title").GetString());
                Assert.Equal(e.Date, a.GetProperty("published_at").GetString());
            }
        }

        var facts = File.ReadAllLines(Path.Combine(outDir, "facts.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var idOf = articles.ToDictionary(a => Path.GetFileName(a.GetProperty("source_path").GetString()!)[..3], a => a.GetProperty("id").GetString());
        bool Has(string seed, string metric, double value) => facts.Any(f =>
            f.GetProperty("article_id").GetString() == idOf[seed] && f.GetProperty("metric").GetString() == metric && f.GetProperty("value").GetDouble() == value);
        Assert.True(Has("003", "problems_found", 124));
        Assert.True(Has("003", "problems_rectified", 114));
        Assert.True(Has("003", "sites_covered", 52));
        Assert.True(Has("003", "notices_issued", 4));
        Assert.True(Has("003", "notices_issued", 12));
        Assert.True(Has("000", "problems_found", 40));
        Assert.True(Has("000", "problems_found", 16));
        Assert.True(Has("001", "sites_covered", 170));
        Assert.True(Has("001", "problems_found", 200) || Has("001", "problems_rectified", 200));
        foreach (var f in facts)
        {
            var body = articles.Single(a => a.GetProperty("id").GetString() == f.GetProperty("article_id").GetString()).GetProperty("body").GetString()!;
            int start = f.GetProperty("evidence_start").GetInt32(), end = f.GetProperty("evidence_end").GetInt32();
            Assert.Equal(f.GetProperty("evidence").GetString(), body[start..end]);
        }

        var query = CliRunner.Run("query", outDir, "select metric, sum(value) as total from facts group by metric order by metric", "--format", "csv");
        output.WriteLine(query.StdOut + query.StdErr);
        Assert.Equal(0, query.ExitCode);
        Assert.StartsWith("metric,total", query.StdOut);
        Assert.Contains("problems_found,", query.StdOut);
    }
}
