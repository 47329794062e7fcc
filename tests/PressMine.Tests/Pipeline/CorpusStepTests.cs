using System.Text.Json;
using PressMine.Pipeline;
using PressMine.Places;
using PressMine.Records;
using PressMine.Sink;
using PressMine.Sources;
using PressMine.Tests.Sources;

namespace PressMine.Tests.Pipeline;

public class CorpusStepTests
{
    static RawPage Html(string name, string html) => TestPages.Html(name, html);

    /// <summary>Rejects every kept article but the first in id order: a corpus-wide decision no page can make alone.</summary>
    sealed class KeepFirstOnly : ICorpusStep
    {
        public string Name => "keep-first";
        public IReadOnlyDictionary<string, string> Options { get; } = new Dictionary<string, string>();
        public List<string> Seen { get; } = [];

        public CorpusDecisions Decide(CorpusInput input, CancellationToken cancel = default)
        {
            Seen.AddRange(input.ArticlesById.Select(a => a.Id));
            return new CorpusDecisions
            {
                Rejected = Seen.Skip(1).ToDictionary(id => id, _ => "not the first article"),
                Counts = new Dictionary<string, long> { ["keep_first_seen"] = Seen.Count },
            };
        }
    }

    static readonly StandardSteps Standard = StandardSteps.Create(new StandardStepOptions { Topic = false }, PlaceResolvers.Default());

    [Fact]
    public void Two_copies_of_an_article_through_a_composed_pipeline_with_dedup_come_out_one_kept_and_one_duplicate_of_it()
    {
        var pages = new[] { Html("a.html", DirectoryInputTests.Article), Html("b.html", DirectoryInputTests.Article), Html("empty.html", "") };
        var written = new List<Document>();
        var reports = PagePipeline.From(new PageListSource(pages))
            .Then(Standard.All)
            .Then(new DedupStep())
            .To(DocumentSink.Of(written.Add))
            .Run(new LocalParallelExecutor(2)).ToDictionary(r => r.Step);

        Assert.Equal(3, written.Count);
        var rows = written.Select(d => d.ToProcessedPage().Article).ToDictionary(a => a.SourcePath);
        var kept = string.CompareOrdinal(pages[0].Id, pages[1].Id) < 0 ? "a.html" : "b.html";
        var repeat = kept == "a.html" ? "b.html" : "a.html";
        Assert.Equal((ArticleStatus.Ok, (string?)null), (rows[kept].Status, rows[kept].DuplicateOf));
        Assert.Equal((ArticleStatus.Duplicate, rows[kept].Id), (rows[repeat].Status, rows[repeat].DuplicateOf));
        Assert.Equal(ArticleStatus.Rejected, rows["empty.html"].Status);
        Assert.Equal((2, 1), (reports["dedup"].Documents, reports["dedup"].Dropped));
        Assert.Equal(1, reports["dedup"].DroppedByReason[CorpusStepList.DuplicateReason]);
    }

    [Fact]
    public void A_per_page_step_after_a_corpus_step_is_refused_because_it_would_run_before_it()
    {
        var pipeline = PagePipeline.From(new PageListSource([])).Then(Standard.Decode).Then(new DedupStep());
        Assert.Throws<InvalidOperationException>(() => pipeline.Then(Standard.Clean));
    }

    [Fact]
    public void A_corpus_step_that_rejects_in_a_composed_pipeline_drops_the_document_with_its_name_and_reason()
    {
        var pages = new[] { Html("a.html", DirectoryInputTests.Article), Html("b.html", DirectoryInputTests.Article.Replace("52家", "53家")) };
        var written = new List<Document>();
        var step = new KeepFirstOnly();
        PagePipeline.From(new PageListSource(pages)).Then(Standard.All).Then(step).To(DocumentSink.Of(written.Add)).Run(new LocalParallelExecutor(1));

        Assert.Equal(pages.Select(p => p.Id).Order(StringComparer.Ordinal), step.Seen);
        var dropped = Assert.Single(written, d => !d.IsOk);
        Assert.Equal(("keep-first", "not the first article", step.Seen[1]), (dropped.DroppedBy, dropped.Reason, dropped.Page.Id));
    }

    [Fact]
    public void In_the_main_job_a_corpus_step_of_the_callers_own_runs_after_dedup_and_its_rejection_is_a_row_with_the_reason_and_no_facts()
    {
        var input = TestPaths.NewTempDir();
        File.WriteAllText(Path.Combine(input, "a.html"), DirectoryInputTests.Article);
        File.WriteAllText(Path.Combine(input, "a-copy.html"), DirectoryInputTests.Article);
        File.WriteAllText(Path.Combine(input, "c.html"), DirectoryInputTests.Article.Replace("52家", "61家").Replace("专项检查，", "专项检查和抽检，"));
        var outDir = Path.Combine(TestPaths.NewTempDir(), "ds");
        var step = new KeepFirstOnly();
        new PipelineRunner(PlaceResolvers.Default(), DuckDbTables.Instance).Run(new RunOptions
        {
            Inputs = [input], OutDir = outDir, Formats = new HashSet<OutputFormat> { OutputFormat.Jsonl }, AddedCorpusSteps = [step],
        });

        Assert.Equal(2, step.Seen.Count); // the copy was marked by dedup first and is not shown to the later step
        var rows = File.ReadLines(Path.Combine(outDir, "articles.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["duplicate", "ok", "rejected"], rows.Select(r => r.GetProperty("status").GetString()).Order());
        var rejected = rows.Single(r => r.GetProperty("status").GetString() == "rejected");
        Assert.Equal(step.Seen[1], rejected.GetProperty("id").GetString());
        Assert.Equal("not the first article", rejected.GetProperty("reason").GetString());
        var factArticles = File.ReadLines(Path.Combine(outDir, "facts.jsonl")).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("article_id").GetString()).ToHashSet();
        Assert.DoesNotContain(step.Seen[1], factArticles);
        Assert.Contains(step.Seen[0], factArticles);

        var manifest = Manifest.ReadFrom(outDir)!;
        Assert.Equal(["decode", "clean", "extract", "topic", "dedup", "keep-first"], manifest.Steps!.Select(s => s.Name));
        Assert.Equal("32", manifest.Steps!.Single(s => s.Name == "dedup").Options["parameters.bands"]);
        Assert.Equal((1, 1), (manifest.Counts["rejected"], manifest.Counts["duplicate"]));
        Assert.Equal(2, manifest.Counts["keep_first_seen"]);
        Assert.Equal(3, manifest.Counts["signatures"]);
        var dedupStats = manifest.StepStats!.Single(s => s.Step == "dedup");
        Assert.Equal((3, 1), (dedupStats.Documents, dedupStats.Dropped));
    }
}
