using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using PressMine.Sources;

namespace PressMine.Tests.Sources;

public class WarcTests
{
    static readonly byte[] Page = Encoding.UTF8.GetBytes("<html><head><title>测试</title></head><body><p>督导组发现问题12个。</p></body></html>");

    static string WriteSample(string dir, string name, int pages)
    {
        var path = Path.Combine(dir, name);
        using var writer = new WarcWriter(path);
        for (int i = 0; i < pages; i++)
        {
            var url = new Uri($"http://127.0.0.1/news/{i}.html");
            var request = Encoding.ASCII.GetBytes($"GET /news/{i}.html HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            var response = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {Page.Length}\r\n\r\n");
            writer.WriteExchange(url, DateTimeOffset.UtcNow, request, response, Page);
        }
        return path;
    }

    [Fact]
    public void Round_trip_gives_every_response_with_url_body_and_content_type()
    {
        var dir = TestPaths.NewTempDir();
        var path = WriteSample(dir, "a.warc.gz", 3);
        var pages = new WarcSource(path).Read().ToList();
        Assert.Equal(3, pages.Count);
        Assert.All(pages, p => Assert.Equal(Page, p.Bytes));
        Assert.Equal("http://127.0.0.1/news/1.html", pages[1].Url);
        Assert.Contains("charset=utf-8", pages[0].ContentType);
        Assert.All(pages, p => Assert.StartsWith(path + "#<urn:uuid:", p.SourcePath));
        Assert.Equal(3, pages.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public void Records_follow_the_specification_and_digests_verify()
    {
        var dir = TestPaths.NewTempDir();
        var path = WriteSample(dir, "b.warc.gz", 1);
        // Each record is its own gzip member: decompressing the whole file yields the concatenated records.
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new WarcReader(gz);
        var records = reader.Records().ToList();
        Assert.Null(reader.Error);
        Assert.Equal(["warcinfo", "request", "response"], records.Select(r => r.Type));
        foreach (var r in records)
        {
            Assert.Equal("WARC/1.1", r.Version);
            Assert.Matches("^<urn:uuid:[0-9a-f-]{36}>$", r.RecordId);
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$", r.Header("WARC-Date"));
            Assert.Equal("sha1:" + WarcWriter.Base32(SHA1.HashData(r.Block)), r.Header("WARC-Block-Digest"));
        }
        var response = records[2];
        Assert.Equal("sha1:" + WarcWriter.Base32(SHA1.HashData(Page)), response.Header("WARC-Payload-Digest"));
        Assert.Equal(records[1].Header("WARC-Concurrent-To"), response.RecordId);
    }

    [Fact]
    public void Base32_matches_rfc4648_vectors()
    {
        Assert.Equal("MZXW6YTBOI======", WarcWriter.Base32("foobar"u8.ToArray()));
        Assert.Equal("MY======", WarcWriter.Base32("f"u8.ToArray()));
    }

    [Fact]
    public void Truncated_file_keeps_earlier_records_and_reports_the_rest_as_one_rejected_row()
    {
        var dir = TestPaths.NewTempDir();
        var full = WriteSample(dir, "c.warc", 3);
        var bytes = File.ReadAllBytes(full);
        var cut = Path.Combine(dir, "cut.warc");
        File.WriteAllBytes(cut, bytes[..(bytes.Length - 40)]);
        var pages = new WarcSource(cut).Read().ToList();
        Assert.Equal(2, pages.Count(p => p.ReadError is null));
        var bad = Assert.Single(pages, p => p.ReadError is not null);
        Assert.Contains("truncated", bad.ReadError);
    }

    [Fact]
    public void Garbage_instead_of_a_warc_gives_a_reason_not_an_exception()
    {
        var dir = TestPaths.NewTempDir();
        var path = Path.Combine(dir, "junk.warc");
        File.WriteAllText(path, "this is not a warc file\n");
        var page = Assert.Single(new WarcSource(path).Read());
        Assert.Contains("expected a WARC version line", page.ReadError);
    }
}
