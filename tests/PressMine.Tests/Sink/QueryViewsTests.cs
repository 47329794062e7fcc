using PressMine.Sink;

namespace PressMine.Tests.Sink;

/// <summary>
/// The query's tables are views over the dataset's Parquet files: the dataset directory is the one place the SQL can
/// read, by no path that climbs out of it and through no link; rows arrive one by one.
/// </summary>
public class QueryViewsTests
{
    static string Sample() => DatasetTests.WriteSample();

    [Theory]
    [InlineData("select * from read_text('{0}/../../../../../etc/passwd')")]
    [InlineData("select * from read_text('{0}/./../{1}/../../../../etc/hostname')")]
    [InlineData("select * from glob('{0}/../*')")]
    public void Paths_that_leave_the_dataset_are_refused(string template)
    {
        var dir = Sample();
        using var query = new DatasetQuery(dir);
        var sql = string.Format(template, dir, Path.GetFileName(dir));
        var e = Record.Exception(() => query.Run(sql));
        if (e is null) Assert.Empty(query.Run(sql).Rows); // a glob outside the dataset may only come back empty
        else Assert.IsType<QueryException>(e);
    }

    [Fact]
    public void The_tables_are_views_that_read_the_dataset_files()
    {
        var dir = Sample();
        using var query = new DatasetQuery(dir);
        var kinds = query.Run("select table_name, table_type from information_schema.tables where table_name in ('articles', 'facts') order by 1").Rows;
        Assert.Equal([["articles", "VIEW"], ["facts", "VIEW"]], kinds.Select(r => new[] { (string)r[0]!, (string)r[1]! }));
        Assert.Equal(4L, query.Run("select count(*) from articles").Rows.Single()[0]);
    }

    [Fact]
    public void A_dataset_holding_a_link_is_not_queried()
    {
        var dir = Sample();
        File.CreateSymbolicLink(Path.Combine(dir, "notes.txt"), "/etc/passwd");
        var e = Assert.Throws<QueryException>(() => new DatasetQuery(dir));
        Assert.Contains("is a link", e.Message);
    }

    [Fact]
    public void Rows_are_handed_over_as_they_are_computed_not_collected_first()
    {
        // A collected result would fail at Open, computing row 50 million; a streamed one hands the first rows over.
        using var query = new DatasetQuery(Sample());
        using var rows = query.Open("select case when range < 50000000 then range::varchar else 'x' end::int as n from range(100000000)");
        Assert.Equal(Enumerable.Range(0, 1000).ToList(), rows.Take(1000).Select(r => (int)r[0]!).Order().ToList());
    }

    [Fact]
    public void An_error_met_while_reading_rows_is_a_query_error()
    {
        using var query = new DatasetQuery(Sample());
        var e = Record.Exception(() =>
        {
            using var rows = query.Open("select case when range < 100000 then range::varchar else 'x' end::int as n from range(200000)");
            _ = rows.Count();
        });
        Assert.IsType<QueryException>(e);
        Assert.Contains("Could not convert", e.Message);
    }
}
