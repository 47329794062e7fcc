using PressMine.Sink;

namespace PressMine.Tests.Sink;

/// <summary>SQL from a stranger reaches no file, URL or extension, whether the result goes to the screen or to Parquet.</summary>
public class QuerySandboxTests
{
    public static TheoryData<string> HostileSql() => new()
    {
        "select * from read_text('/etc/passwd')",
        "select * from read_csv('/etc/passwd')",
        "select * from read_blob('/etc/hostname')",
        "select * from glob('/*')",
        "select * from 'http://127.0.0.1:9/x.csv'",
        "select * from read_parquet('/proc/self/environ')",
        "install httpfs",
        "load httpfs",
        "copy facts to '/tmp/pressmine-sandbox-escape.csv'",
        "attach '/tmp/pressmine-sandbox-escape.db' as escape",
        "set enable_external_access = true",
        "select 1; select * from read_text('/etc/passwd')",
        "pragma enable_external_access",
    };

    [Theory]
    [MemberData(nameof(HostileSql))]
    public void Screen_mode_refuses(string sql)
    {
        using var query = new DatasetQuery(DatasetTests.WriteSample());
        Assert.Throws<QueryException>(() => query.Run(sql));
    }

    [Theory]
    [MemberData(nameof(HostileSql))]
    public void Parquet_mode_refuses(string sql)
    {
        var target = Path.Combine(TestPaths.NewTempDir(), "out.parquet");
        using (var query = new DatasetQuery(DatasetTests.WriteSample(), allowExport: true))
            Assert.Throws<QueryException>(() => query.ExportParquet(sql, target));
        Assert.False(File.Exists(target));
        Assert.False(File.Exists("/tmp/pressmine-sandbox-escape.csv"));
        Assert.False(File.Exists("/tmp/pressmine-sandbox-escape.db"));
    }

    [Fact]
    public void The_private_database_is_removed_after_export()
    {
        var target = Path.Combine(TestPaths.NewTempDir(), "out.parquet");
        string scratch;
        using (var query = new DatasetQuery(DatasetTests.WriteSample(), allowExport: true))
        {
            scratch = query.ScratchDirectory!;
            query.ExportParquet("select count(*) as n from articles", target);
        }
        Assert.True(new FileInfo(target).Length > 0);
        Assert.False(Directory.Exists(scratch));
    }
}
