using System.Globalization;
using System.Net;
using System.Text;
using PressMine.Clean;
using PressMine.Decode;
using PressMine.Records;

namespace PressMine.Evaluation;

/// <summary>What one extractor made of one page: body text, title and publish time (ISO, as PressMine writes it).</summary>
public sealed record ExtractorOutput(string Body, string? Title, string? PublishedAt);

/// <summary>One article page of the corpus as seen by both extractors (and by SmartReader once more on the raw bytes).</summary>
public sealed record ComparedPage(string Stem, bool IsTextDump, string Encoding, bool CharsetDeclared, ExpectedPage Expected,
    ExtractorOutput PressMine, ExtractorOutput SmartReader, ExtractorOutput? SmartReaderRawBytes);

/// <summary>
/// Runs PressMine's Decode + Clean and SmartReader (the .NET Readability port) over the corpus' article pages.
/// Both get the string PressMine decoded, so the comparison is about extraction. Text dumps have no markup: SmartReader
/// gets them as an HTML document with each non-empty line in its own &lt;p&gt; (and the first line also as &lt;title&gt;
/// is NOT given: a dump has no title tag). For GBK pages SmartReader also runs once on the raw bytes through its own
/// stream API, to show what a user of SmartReader alone would get.
/// </summary>
public static class ExtractorComparison
{
    private const string PageUri = "http://corpus.invalid/page.html";

    /// <summary>Runs both extractors over the article pages of corpusDir/pages that have an expected file with status ok; pages PressMine cannot decode are left out.</summary>
    public static IReadOnlyList<ComparedPage> Run(string corpusDir)
    {
        var pages = new List<ComparedPage>();
        var cleaner = new PageCleaner();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(corpusDir, "pages")).Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileName(path).Split('.')[0];
            var expectedPath = Path.Combine(corpusDir, "expected", stem + ".json");
            if (!File.Exists(expectedPath)) continue;
            var expected = ExpectedPage.Load(expectedPath);
            if (expected.Status != ArticleStatus.Ok) continue;
            bool isDump = path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);
            var bytes = File.ReadAllBytes(path);
            var decoded = CharsetDecoder.Decode(bytes, null, !isDump, out _);
            if (decoded is null) continue;
            bool declared = !isDump && MetaCharsetPrescan.Find(bytes) is not null;

            var clean = cleaner.Clean(decoded.Text, isDump, null).Page;
            var ours = new ExtractorOutput(clean?.Body ?? "", clean?.Title, clean?.PublishedAt);
            var html = isDump ? DumpAsHtml(decoded.Text) : decoded.Text;
            var theirs = SmartReaderOnString(html);
            var raw = !isDump && decoded.Encoding != "utf-8" ? SmartReaderOnBytes(bytes) : null;
            pages.Add(new ComparedPage(stem, isDump, decoded.Encoding, declared, expected, ours, theirs, raw));
        }
        return pages;
    }

    /// <summary>A text dump as the simplest HTML a browser would render the same way: one paragraph per line.</summary>
    public static string DumpAsHtml(string text)
    {
        var sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n");
        foreach (var line in text.Split('\n'))
        {
            var t = line.Trim();
            if (t.Length > 0) sb.Append("<p>").Append(WebUtility.HtmlEncode(t)).Append("</p>\n");
        }
        return sb.Append("</body></html>").ToString();
    }

    internal static ExtractorOutput SmartReaderOnString(string html)
        => Convert(SmartReader.Reader.ParseArticle(PageUri, html, null));

    internal static ExtractorOutput SmartReaderOnBytes(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return Convert(SmartReader.Reader.ParseArticle(PageUri, stream));
    }

    private static ExtractorOutput Convert(SmartReader.Article a)
    {
        if (!a.IsReadable && string.IsNullOrWhiteSpace(a.TextContent)) return new ExtractorOutput("", NullIfBlank(a.Title), Iso(a.PublicationDate));
        return new ExtractorOutput(a.TextContent ?? "", NullIfBlank(a.Title), Iso(a.PublicationDate));
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>SmartReader's DateTime in PressMine's form: date only at midnight, else local time with +08:00.</summary>
    private static string? Iso(DateTime? date)
    {
        if (date is not { } d) return null;
        if (d.Kind == DateTimeKind.Utc) d = d.AddHours(8);
        return d.TimeOfDay == TimeSpan.Zero
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : d.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+08:00";
    }
}
