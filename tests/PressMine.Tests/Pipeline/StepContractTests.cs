using PressMine.Extract;
using PressMine.Pipeline;
using PressMine.Records;
using PressMine.Sink;
using PressMine.Sources;
using PressMine.Tests.Sources;
using PressMine.Places;

namespace PressMine.Tests.Pipeline;

public class StepContractTests
{
    static RawPage Html(string name, string html) => TestPages.Html(name, html);

    sealed class Throwing : IPipelineStep
    {
        public string Name => "throws";
        public IReadOnlyDictionary<string, string> Options { get; } = new Dictionary<string, string>();
        public Document Process(Document document) => throw new InvalidOperationException("boom");
    }

    static readonly StandardSteps Standard = StandardSteps.Create(new StandardStepOptions { Topic = false }, PlaceResolvers.Default());

    [Fact]
    public void A_custom_filter_drops_with_its_reason_and_the_stats_say_which_step_dropped_what()
    {
        var pages = new[] { Html("a.html", DirectoryInputTests.Article), Html("empty.html", ""), Html("b.html", DirectoryInputTests.Article) };
        var written = new List<Document>();
        var pipeline = PagePipeline.From(new PageListSource(pages))
            .Then(Standard.Decode).Then(Standard.Clean)
            .Then(new FilterStep("only-a", d => d.Page.SourcePath == "a.html", "not page a"))
            .Then(Standard.Extract)
            .To(DocumentSink.Of(written.Add));

        var reports = pipeline.Run(new LocalParallelExecutor(2)).ToDictionary(r => r.Step);

        Assert.Equal(3, written.Count);
        var a = Assert.Single(written, d => d.IsOk);
        Assert.Equal("a.html", a.Page.SourcePath);
        Assert.NotEmpty(a.Extracted!.Facts);
        Assert.Equal(("only-a", "not page a"), (written.Single(d => d.Page.SourcePath == "b.html").DroppedBy,
            written.Single(d => d.Page.SourcePath == "b.html").Reason));
        Assert.Equal("decode", written.Single(d => d.Page.SourcePath == "empty.html").DroppedBy);
        Assert.Equal((3, 1), (reports["decode"].Documents, reports["decode"].Dropped));
        Assert.Equal((2, 1), (reports["only-a"].Documents, reports["only-a"].Dropped));
        Assert.Equal(1, reports["only-a"].DroppedByReason["not page a"]);
        Assert.Equal((1, 0), (reports["extract"].Documents, reports["extract"].Dropped));
        Assert.Equal(ArticleStatus.Rejected, written.Single(d => d.Page.SourcePath == "b.html").ToProcessedPage().Article.Status);
    }

    [Fact]
    public void A_step_that_throws_drops_the_page_with_the_reason_and_the_next_pages_go_on()
    {
        var steps = new StepList([Standard.Decode, new Throwing()]);
        var page = steps.Process(Html("a.html", DirectoryInputTests.Article));
        Assert.Equal(ArticleStatus.Rejected, page.Article.Status);
        Assert.Equal("internal error in processing: InvalidOperationException: boom", page.Article.Reason);
        Assert.Equal(1, steps.Reports().Single(r => r.Step == "throws").Dropped);
    }

    [Fact]
    public void Sharded_executor_runs_only_its_share_and_the_shares_cover_every_page_once()
    {
        var pages = Enumerable.Range(0, 40).Select(i => Html($"p{i}.html", "")).ToList();
        var seen = new List<string>();
        for (int i = 0; i < 3; i++)
            new ShardedExecutor(new Shard(i, 3), new LocalParallelExecutor(1))
                .Run(pages, new StepList([]), d => { lock (seen) seen.Add(d.Page.Id); });
        Assert.Equal(pages.Select(p => p.Id).Order(), seen.Order());
    }

    [Fact]
    public void The_manifest_records_the_step_list_with_options_and_per_step_stats()
    {
        var input = TestPaths.NewTempDir();
        File.WriteAllText(Path.Combine(input, "a.html"), DirectoryInputTests.Article);
        var outDir = Path.Combine(TestPaths.NewTempDir(), "ds");
        new PipelineRunner(PlaceResolvers.Default(), DuckDbTables.Instance).Run(new RunOptions { Inputs = [input], OutDir = outDir, Tokens = true });

        var manifest = Manifest.ReadFrom(outDir)!;
        Assert.Equal(["decode", "clean", "extract", "topic", "segment", "dedup"], manifest.Steps!.Select(s => s.Name));
        Assert.Equal("500000", manifest.Steps!.Single(s => s.Name == "clean").Options["budget.max_elements"]);
        Assert.Equal(1, manifest.StepStats!.Single(s => s.Step == "segment").Documents);
    }
}
