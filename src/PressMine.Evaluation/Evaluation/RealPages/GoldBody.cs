using AngleSharp.Dom;
using PressMine.Decode;

namespace PressMine.Evaluation.RealPages;

/// <summary>A real page read for scoring: its decoded text, and the gold body and title rebuilt from the references.</summary>
public sealed record GoldPage(RealPageGold Gold, byte[] Bytes, string GoldBody);

/// <summary>
/// Rebuilds the gold body of a page from its references: the page is decoded with the stated charset, each body
/// selector's element is rendered (<see cref="PageRendering"/>), and the paragraphs whose hashes the gold lists are
/// kept in page order, each listed hash used once. Fails loudly when the page or the rendering no longer matches.
/// </summary>
public static class GoldBody
{
    /// <summary>Reads the gold's page from devpagesDir and rebuilds its body; throws when the file is missing, its SHA-256 differs from the gold's, a selector finds nothing or a listed paragraph is not found.</summary>
    public static GoldPage Read(RealPageGold gold, string devpagesDir)
    {
        var file = System.IO.Path.Combine(devpagesDir, gold.Path);
        if (!File.Exists(file)) throw new FileNotFoundException($"gold page {gold.Path} is missing from {devpagesDir}", file);
        var bytes = File.ReadAllBytes(file);
        var digest = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        if (digest != gold.Sha256) throw new InvalidDataException($"{gold.Path} changed: SHA-256 {digest}, gold has {gold.Sha256}");
        var html = CharsetLabels.Get(CharsetLabels.Canonical(gold.Charset) ?? "utf-8").GetString(bytes);
        var doc = PageRendering.Parse(html);
        var wanted = new Dictionary<string, int>();
        foreach (var h in gold.BodyParagraphs) wanted[h] = wanted.GetValueOrDefault(h) + 1;
        var kept = new List<string>();
        var seen = new HashSet<IElement>();
        foreach (var selector in gold.BodySelectors)
        {
            var element = doc.QuerySelector(selector) ?? throw new InvalidDataException($"{gold.Path}: selector {selector} finds nothing");
            if (!seen.Add(element)) continue;
            foreach (var p in PageRendering.Render(element))
                if (wanted.TryGetValue(p.Hash, out var n) && n > 0)
                {
                    wanted[p.Hash] = n - 1;
                    kept.Add(p.Text);
                }
        }
        int missing = wanted.Values.Sum();
        if (missing > 0) throw new InvalidDataException($"{gold.Path}: {missing} gold paragraph(s) not found under {string.Join(", ", gold.BodySelectors)}");
        return new GoldPage(gold, bytes, string.Join('\n', kept));
    }
}
