using System.Text;

namespace PressMine.Fuzz;

/// <summary>
/// Seeds drawn from the repository's own bundled pages (corpus/pages): whole pages to mutate, their lines to splice,
/// and the Chinese characters they use — so generated text looks like local news without a vocabulary in C#.
/// </summary>
public static class SeedCorpus
{
    static readonly Lazy<(byte[][] Html, byte[][] Dumps, string[] Lines, string Hanzi)> Loaded = new(Load);

    public static byte[][] HtmlPages => Loaded.Value.Html;
    public static byte[][] DumpPages => Loaded.Value.Dumps;
    public static string[] Lines => Loaded.Value.Lines;
    public static string Hanzi => Loaded.Value.Hanzi;

    static (byte[][], byte[][], string[], string) Load()
    {
        if (!Directory.Exists(FuzzPaths.CorpusPages)) throw new InvalidOperationException($"seed corpus missing: {FuzzPaths.CorpusPages}");
        var files = Directory.GetFiles(FuzzPaths.CorpusPages).Order(StringComparer.Ordinal).ToList();
        var html = files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).Select(File.ReadAllBytes).ToArray();
        var dumps = files.Where(f => f.EndsWith(".txt", StringComparison.Ordinal)).Select(File.ReadAllBytes).ToArray();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var texts = dumps.Concat(html).Select(b => Encoding.UTF8.GetString(b)).ToList();
        var lines = texts.SelectMany(t => t.Split('\n')).Select(l => l.Trim()).Where(l => l.Length is > 0 and < 400).Distinct().ToArray();
        var hanzi = new string(texts.SelectMany(t => t).Where(c => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF')
            .Distinct().Order().ToArray());
        if (html.Length == 0 || dumps.Length == 0 || hanzi.Length < 100) throw new InvalidOperationException("seed corpus too small");
        return (html, dumps, lines, hanzi);
    }
}
