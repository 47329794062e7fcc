using System.Text;
using PressMine.Sources;

namespace PressMine.Tests.Sources;

/// <summary>WARC files that lie: every case must leave rows for what can be read and a reason for the rest, within bounded memory.</summary>
public class WarcHostileInputTests
{
    [Fact]
    public void A_record_over_the_size_cap_is_a_rejected_row_and_the_next_record_is_still_read()
    {
        var dir = TestPaths.NewTempDir();
        var path = HostileWarcFiles.Write(dir, "big.warc.gz", HostileWarcFiles.ResponseRecord(1));
        HostileWarcFiles.AppendZeroRecord(path, declared: 2_000_000_000, zeros: 20L << 20);
        HostileWarcFiles.Append(path, "\r\n\r\n"u8.ToArray());
        HostileWarcFiles.Append(path, HostileWarcFiles.ResponseRecord(2));

        long before = GC.GetAllocatedBytesForCurrentThread();
        var pages = new WarcSource(path).Read().ToList();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(3, pages.Count);
        Assert.Equal(HostileWarcFiles.Page, pages[0].Bytes);
        Assert.Contains("record too large (2,000,000,000 bytes declared", pages[1].ReadError);
        Assert.Equal(HostileWarcFiles.Page, pages[2].Bytes);
        Assert.True(allocated < WarcLimits.Default.MaxRecordBytes, $"reading allocated {allocated:N0} bytes");
    }

    [Fact]
    public void A_gzip_bomb_stops_at_the_decompression_budget_with_a_rejected_row()
    {
        var dir = TestPaths.NewTempDir();
        var path = HostileWarcFiles.Write(dir, "bomb.warc.gz", HostileWarcFiles.ResponseRecord(1));
        HostileWarcFiles.AppendZeroRecord(path, declared: 2_000_000_000, zeros: 256L << 20);
        long budget = WarcLimits.Default.StreamBudget(new FileInfo(path).Length);
        Assert.True(budget < 256L << 20, $"the file is {new FileInfo(path).Length:N0} bytes, budget {budget:N0}");

        using var reader = new WarcReader(path);
        var records = reader.Records().ToList();
        Assert.Contains("decompressed data exceeds", reader.Error);
        Assert.True(reader.BytesRead <= budget, $"read {reader.BytesRead:N0} bytes of a {budget:N0} budget");

        var pages = new WarcSource(path).Read().ToList();
        Assert.Equal(HostileWarcFiles.Page, pages[0].Bytes);
        Assert.Contains("decompressed data exceeds", pages[^1].ReadError);
    }

    [Fact]
    public void A_small_budget_from_the_options_record_is_honoured()
    {
        var dir = TestPaths.NewTempDir();
        var records = Enumerable.Range(0, 40).Select(i => HostileWarcFiles.ResponseRecord(i)).ToArray();
        var path = HostileWarcFiles.Write(dir, "many.warc", records);
        var limits = new WarcLimits { MinStreamBytes = 2048, MaxStreamBytes = 2048 };
        var pages = new WarcSource(path, limits).Read().ToList();
        Assert.InRange(pages.Count(p => p.ReadError is null), 1, 39);
        Assert.Contains("decompressed data exceeds 2,048 bytes", pages[^1].ReadError);
    }

    [Theory]
    [InlineData("short.warc", -150)]
    [InlineData("long.warc", 50)]
    [InlineData("short.warc.gz", -150)]
    [InlineData("long.warc.gz", 50)]
    public void A_wrong_content_length_loses_only_its_own_record(string name, int error)
    {
        var dir = TestPaths.NewTempDir();
        int trueLength = HostileWarcFiles.Response().Length;
        var path = HostileWarcFiles.Write(dir, name, HostileWarcFiles.ResponseRecord(1),
            HostileWarcFiles.ResponseRecord(2, declaredLength: trueLength + error), HostileWarcFiles.ResponseRecord(3));
        var pages = new WarcSource(path).Read().ToList();
        Assert.Equal(3, pages.Count);
        Assert.Equal(HostileWarcFiles.Page, pages[0].Bytes);
        Assert.Contains($"Content-Length {trueLength + error:N0} does not match the record", pages[1].ReadError);
        Assert.Equal(HostileWarcFiles.Page, pages[2].Bytes);
        Assert.Equal("http://127.0.0.1/news/3.html", pages[2].Url);
    }

    [Fact]
    public void Garbage_between_records_is_one_rejected_row_and_the_records_around_it_are_kept()
    {
        var dir = TestPaths.NewTempDir();
        var path = HostileWarcFiles.Write(dir, "junk.warc", HostileWarcFiles.ResponseRecord(1),
            Encoding.ASCII.GetBytes("this is no record\r\n" + new string('x', 200_000) + "\r\n"), HostileWarcFiles.ResponseRecord(2));
        var pages = new WarcSource(path).Read().ToList();
        Assert.Equal(3, pages.Count);
        Assert.Contains("expected a WARC version line, found 'this is no record'", pages[1].ReadError);
        Assert.Equal(HostileWarcFiles.Page, pages[2].Bytes);
    }

    [Fact]
    public void Two_records_with_one_record_id_both_get_rows_with_distinct_ids()
    {
        var dir = TestPaths.NewTempDir();
        const string id = "<urn:uuid:11111111-2222-3333-4444-555555555555>";
        var path = HostileWarcFiles.Write(dir, "twice.warc", HostileWarcFiles.ResponseRecord(1, id: id), HostileWarcFiles.ResponseRecord(2, id: id));
        var pages = new WarcSource(path).Read().ToList();
        Assert.Equal(2, pages.Count);
        Assert.All(pages, p => Assert.Null(p.ReadError));
        Assert.Equal(2, pages.Select(p => p.Id).Distinct().Count());
        Assert.Equal(2, pages.Select(p => p.Identity).Distinct().Count());
        Assert.Equal(path + "#" + id, pages[0].Identity);
    }

    [Fact]
    public void A_warc_without_response_records_still_leaves_a_rejected_row()
    {
        var dir = TestPaths.NewTempDir();
        var path = HostileWarcFiles.Write(dir, "requests.warc",
            HostileWarcFiles.Record("warcinfo", "<urn:uuid:a>", "software: x\r\n"u8.ToArray()),
            HostileWarcFiles.Record("request", "<urn:uuid:b>", "GET / HTTP/1.1\r\n\r\n"u8.ToArray()));
        var page = Assert.Single(new WarcSource(path).Read());
        Assert.Equal(path, page.Identity);
        Assert.Equal("no response records (1 request, 1 warcinfo)", page.ReadError);

        var empty = HostileWarcFiles.Write(dir, "empty.warc");
        Assert.Contains("no response records", Assert.Single(new WarcSource(empty).Read()).ReadError);
    }
}
