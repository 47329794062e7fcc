using PressMine.Evaluation;
using PressMine.Extract;
using PressMine.Pipeline;
using PressMine.Sink;
using PressMine.Places;

namespace PressMine.Tests.Sink;

/// <summary>Analysts' queries on the dataset that `run` makes of the bundled corpus; the answers are known from corpus/expected.</summary>
public class CorpusDatasetTests : IClassFixture<CorpusDatasetTests.Dataset>
{
    public sealed class Dataset
    {
        public string Dir { get; } = Path.Combine(TestPaths.NewTempDir(), "corpus-ds");
        public Dataset() => new PipelineRunner(PlaceResolvers.Default(), DuckDbTables.Instance).Run(new RunOptions { Inputs = [Path.Combine(TestPaths.Corpus, "pages")], OutDir = Dir });
    }

    readonly string dir;
    readonly List<ExpectedPage> expected;

    public CorpusDatasetTests(Dataset dataset)
    {
        dir = dataset.Dir;
        expected = Directory.GetFiles(Path.Combine(TestPaths.Corpus, "expected"), "*.json").Select(ExpectedPage.Load).ToList();
    }

    object? Scalar(string sql)
    {
        using var q = new DatasetQuery(dir);
        return q.Run(sql).Rows.Single()[0];
    }

    [Fact]
    public void Status_counts_match_the_annotations()
    {
        Assert.Equal((long)expected.Count, Scalar("select count(*) from articles"));
        Assert.Equal((long)expected.Count(e => e.Status == "rejected"), Scalar("select count(*) from articles where status = 'rejected'"));
        Assert.Equal((long)expected.Count(e => e.DuplicateOf is not null), Scalar("select count(*) from articles where status = 'duplicate'"));
        Assert.Equal(expected.Count, Convert.ToInt32(Scalar("select sum(articles) from top_sites")));
    }

    [Fact]
    public void Facts_unique_leaves_out_exactly_the_facts_of_duplicates()
    {
        var all = Convert.ToDouble(Scalar("select sum(value) from facts"));
        var ofDuplicates = Convert.ToDouble(Scalar("select coalesce(sum(f.value), 0) from facts f join articles a on a.id = f.article_id where a.status = 'duplicate'"));
        var unique = Convert.ToDouble(Scalar("select sum(value) from facts_unique"));
        Assert.True(ofDuplicates > 0, "the corpus' republished copies carry facts");
        Assert.Equal(all - ofDuplicates, unique, 6);
    }

    [Fact]
    public void Rectification_view_agrees_with_a_direct_sum()
    {
        var viaView = Convert.ToDouble(Scalar("select sum(found) from found_vs_rectified"));
        var direct = Convert.ToDouble(Scalar("select sum(value) from facts_unique where metric in ('problems_found', 'hazards_found') and not is_breakdown"));
        Assert.Equal(direct, viaView, 6);
    }

    [Fact]
    public void Every_evidence_row_points_into_its_article_body()
    {
        using var q = new DatasetQuery(dir);
        var wrong = q.Run("select a.source_path, f.evidence_start, f.evidence, substr(a.body, f.evidence_start + 1, f.evidence_end - f.evidence_start) from facts f join articles a on a.id = f.article_id where substr(a.body, f.evidence_start + 1, f.evidence_end - f.evidence_start) <> f.evidence").Rows;
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Select(r => string.Join(" | ", r))));
        Assert.True(Convert.ToInt64(Scalar("select count(*) from evidence")) > 100);
    }
}
