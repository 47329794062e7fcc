using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using PressMine.Crawl;
using PressMine.Sources;
using PressMine.Tests.Crawl;

namespace PressMine.Tests.Sources;

/// <summary>The crawler's WARC files checked against WARC/1.1 (ISO 28500:2017) with a parser independent of WarcReader, and with zcat.</summary>
public class WarcConformanceTests
{
    static async Task<CrawlResult> CrawlSmallSite(LocalNewsSite site, string dir, long rotateBytes = 1L << 30)
    {
        var options = CrawlerTests.OptionsFor(site, dir, o => o with
        {
            Seeds = [new Uri(site.Root, "/news/list_2.html")], MaxDepth = 1, DiscoverSitemaps = false,
            Include = [new System.Text.RegularExpressions.Regex("/news/")], WarcRotateBytes = rotateBytes,
        });
        return await new Crawler(options).RunAsync();
    }

    sealed record Record(string VersionLine, List<(string Name, string Value)> Fields, byte[] Block)
    {
        public string? Field(string name) => Fields.FirstOrDefault(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
    }

    /// <summary>Splits a decompressed WARC by the grammar: version CRLF, fields CRLF, CRLF, block[Content-Length], CRLF CRLF.</summary>
    static List<Record> ParseStrictly(byte[] data)
    {
        var records = new List<Record>();
        int pos = 0;
        while (pos < data.Length)
        {
            int headEnd = data.AsSpan(pos).IndexOf("\r\n\r\n"u8);
            Assert.True(headEnd > 0, $"record at byte {pos} has no header end");
            var lines = Encoding.UTF8.GetString(data, pos, headEnd).Split("\r\n");
            var fields = lines.Skip(1).Select(l =>
            {
                int colon = l.IndexOf(':');
                Assert.True(colon > 0 && !l[..colon].Contains(' '), $"not a named field: '{l}'");
                return (l[..colon], l[(colon + 1)..].Trim());
            }).ToList();
            int length = int.Parse(fields.Single(f => f.Item1 == "Content-Length").Item2);
            int blockStart = pos + headEnd + 4;
            var block = data.AsSpan(blockStart, length).ToArray();
            Assert.True(data.AsSpan(blockStart + length, 4).SequenceEqual("\r\n\r\n"u8), "block not followed by CRLF CRLF");
            records.Add(new Record(lines[0], fields, block));
            pos = blockStart + length + 4;
        }
        return records;
    }

    static byte[] Decompress(string path)
    {
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        var buffer = new MemoryStream();
        gz.CopyTo(buffer);
        return buffer.ToArray();
    }

    [Fact]
    public async Task Crawler_output_follows_the_WARC_1_1_record_grammar_and_digests_verify()
    {
        using var site = new LocalNewsSite(crawlDelaySeconds: 0);
        var result = await CrawlSmallSite(site, TestPaths.NewTempDir());
        var records = ParseStrictly(Decompress(result.WarcFiles.Single()));

        Assert.Equal("warcinfo", records[0].Field("WARC-Type"));
        Assert.Equal("application/warc-fields", records[0].Field("Content-Type"));
        var byId = records.ToDictionary(r => r.Field("WARC-Record-ID")!);
        foreach (var r in records)
        {
            Assert.Equal("WARC/1.1", r.VersionLine);
            foreach (var mandatory in new[] { "WARC-Record-ID", "Content-Length", "WARC-Date", "WARC-Type" })
                Assert.NotNull(r.Field(mandatory));
            Assert.Matches("^<urn:uuid:[0-9a-f-]{36}>$", r.Field("WARC-Record-ID"));
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$", r.Field("WARC-Date"));
            Assert.Equal("sha1:" + WarcWriter.Base32(SHA1.HashData(r.Block)), r.Field("WARC-Block-Digest"));
        }
        var responses = records.Where(r => r.Field("WARC-Type") == "response").ToList();
        Assert.Equal(site.Hits.Count, responses.Count);
        foreach (var response in responses)
        {
            Assert.Equal("application/http;msgtype=response", response.Field("Content-Type"));
            var request = byId[response.Field("WARC-Concurrent-To")!];
            Assert.Equal("request", request.Field("WARC-Type"));
            Assert.Equal(response.Field("WARC-Target-URI"), request.Field("WARC-Target-URI"));
            Assert.StartsWith("GET " + new Uri(response.Field("WARC-Target-URI")!).PathAndQuery + " HTTP/1.1\r\n", Encoding.ASCII.GetString(request.Block));
            var http = HttpMessage.Parse(response.Block);
            Assert.Equal("sha1:" + WarcWriter.Base32(SHA1.HashData(http.Body)), response.Field("WARC-Payload-Digest"));
        }
    }

    [Fact]
    public async Task Zcat_reads_the_file_and_its_first_header_block_parses()
    {
        if (!File.Exists("/usr/bin/zcat") && !File.Exists("/bin/zcat")) return; // no zcat on this machine
        using var site = new LocalNewsSite(crawlDelaySeconds: 0);
        var result = await CrawlSmallSite(site, TestPaths.NewTempDir());
        var info = new ProcessStartInfo("zcat") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(result.WarcFiles.Single());
        using var zcat = Process.Start(info)!;
        var output = new MemoryStream();
        zcat.StandardOutput.BaseStream.CopyTo(output);
        zcat.WaitForExit();
        Assert.Equal(0, zcat.ExitCode); // every gzip member intact
        var text = Encoding.UTF8.GetString(output.ToArray());
        var head = text.Split("\r\n").Take(12).ToList(); // what `zcat file.warc.gz | head` shows
        Assert.Equal("WARC/1.1", head[0]);
        Assert.Contains("WARC-Type: warcinfo", head);
        Assert.Equal(output.ToArray(), Decompress(result.WarcFiles.Single()));
        Assert.Equal(site.Hits.Count, ParseStrictly(output.ToArray()).Count(r => r.Field("WARC-Type") == "response"));
    }

    [Fact]
    public async Task Files_rotate_at_the_size_limit_and_each_opens_with_warcinfo()
    {
        using var site = new LocalNewsSite(crawlDelaySeconds: 0);
        var result = await CrawlSmallSite(site, TestPaths.NewTempDir(), rotateBytes: 800);
        Assert.True(result.WarcFiles.Count >= 3, $"{result.WarcFiles.Count} files");
        foreach (var file in result.WarcFiles)
            Assert.Equal("warcinfo", ParseStrictly(Decompress(file))[0].Field("WARC-Type"));
        var pages = new FileSystemSource([Path.GetDirectoryName(result.WarcFiles[0])!]).Read().ToList();
        Assert.Equal(site.Hits.Count, pages.Count);
        Assert.Contains(pages, p => p.Url!.EndsWith("/news/2024/0304/a4.html") && p.ReadError is null);
    }
}
