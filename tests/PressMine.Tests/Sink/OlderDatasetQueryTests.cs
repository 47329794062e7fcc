using DuckDB.NET.Data;
using PressMine.Sink;
using PressMine.Tests.Dataset;

namespace PressMine.Tests.Sink;

/// <summary>A dataset written by an earlier version (its facts have no is_breakdown) still opens for queries.</summary>
public class OlderDatasetQueryTests(CorpusRun corpus) : IClassFixture<CorpusRun>
{
    [Fact]
    public void Facts_without_the_breakdown_column_read_it_as_false_and_the_views_open()
    {
        var old = Path.Combine(TestPaths.NewTempDir(), "old");
        Directory.CreateDirectory(old);
        foreach (var file in Directory.GetFiles(corpus.Dir)) File.Copy(file, Path.Combine(old, Path.GetFileName(file)));
        var facts = Path.Combine(old, "facts.parquet");
        using (var db = new DuckDBConnection("Data Source=:memory:"))
        {
            db.Open();
            using var command = db.CreateCommand();
            command.CommandText = $"COPY (SELECT * EXCLUDE (is_breakdown) FROM read_parquet('{facts}')) TO '{facts}.tmp' (FORMAT parquet)";
            command.ExecuteNonQuery();
        }
        File.Move(facts + ".tmp", facts, overwrite: true);

        using var query = new DatasetQuery(old);
        Assert.Equal(0L, Convert.ToInt64(query.Run("SELECT count(*) FROM facts WHERE is_breakdown").Rows.Single()[0]));
        using var current = new DatasetQuery(corpus.Dir);
        var summableNow = Convert.ToInt64(current.Run("SELECT count(*) FROM facts_summable").Rows.Single()[0]);
        var breakdowns = Convert.ToInt64(current.Run("SELECT count(*) FROM facts_unique WHERE is_breakdown AND metric <> 'rectification_rate' AND unit_class <> 'percent'").Rows.Single()[0]);
        Assert.True(breakdowns > 0, "the corpus has breakdowns, so the two counts can differ");
        Assert.Equal(summableNow + breakdowns, Convert.ToInt64(query.Run("SELECT count(*) FROM facts_summable").Rows.Single()[0]));
    }
}
