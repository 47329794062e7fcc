using System.Globalization;
using System.Text;
using PressMine.Clean;
using PressMine.Decode;

namespace PressMine.Bench;

/// <summary>The real-page copies the throughput bench runs over: distinct articles made from the gne dev pages.</summary>
static class BenchCopies
{
    /// <summary>
    /// Copy k of page k mod n, with a sentence naming k placed after the end of the page's longest body paragraph (as
    /// PressMine's cleaner reads it), so every copy is a distinct article; the page is written back in its own charset.
    /// </summary>
    public static long WriteCopies(string gne, string target, int copies)
    {
        var sources = Directory.EnumerateFiles(gne, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(Prepare).ToList();
        long total = 0;
        for (int k = 0; k < copies; k++)
        {
            var (text, at, encoding) = sources[k % sources.Count];
            var bytes = encoding.GetBytes(text.Insert(at, $"（基准副本 {k + 1000003}）"));
            var dir = Path.Combine(target, (k / 1000).ToString("D4", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(Path.Combine(dir, $"{k:D6}.html"), bytes);
            total += bytes.Length;
        }
        return total;
    }

    const string Probe = "（基准副本 1999999）";

    /// <summary>
    /// Where a sentence lands in the body: after a short run of a body paragraph's text found verbatim in the markup,
    /// tried over the paragraphs longest first and confirmed by cleaning the page with a probe sentence in place (a
    /// paragraph's text is often not in the markup as one run: entities, inline tags, whitespace).
    /// </summary>
    static (string Text, int At, Encoding Encoding) Prepare(string path)
    {
        var decoded = CharsetDecoder.Decode(File.ReadAllBytes(path), null, true, out _)
            ?? throw new InvalidOperationException($"{path} does not decode");
        var cleaner = new PageCleaner();
        var paragraphs = cleaner.Clean(decoded.Text, false, null).Page?.Paragraphs ?? [];
        foreach (var paragraph in paragraphs.OrderByDescending(p => p.Length))
            for (int end = paragraph.Length; end >= 6; end -= 3)
            {
                var run = paragraph[(end - 6)..end];
                int found = decoded.Text.IndexOf(run, StringComparison.Ordinal);
                if (found < 0) continue;
                int at = found + run.Length;
                var probed = cleaner.Clean(decoded.Text.Insert(at, Probe), false, null).Page?.Paragraphs ?? [];
                if (probed.Any(p => p.Contains(Probe, StringComparison.Ordinal)))
                    return (decoded.Text, at, CharsetLabels.Get(decoded.Encoding));
            }
        Console.Error.WriteLine($"  no body place for the copy sentence in {Path.GetFileName(path)}: its copies may collapse");
        return (decoded.Text, Math.Max(0, decoded.Text.LastIndexOf("</body", StringComparison.OrdinalIgnoreCase)), CharsetLabels.Get(decoded.Encoding));
    }

}
