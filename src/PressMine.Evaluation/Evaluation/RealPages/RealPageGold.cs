using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PressMine.Evaluation.RealPages;

/// <summary>
/// The annotation of one real page: references only (its path under devpages/, the file's SHA-256, selectors of the
/// body blocks, hashes of the body paragraphs, title and source as hashes of their normalised text, the publish date
/// and every place on the page where it stands). See <see cref="PageRendering"/> for what the hashes are taken over.
/// </summary>
public sealed record RealPageGold(
    string Path,
    string Sha256,
    string Charset,
    string Split,
    [property: JsonPropertyName("title_sha256")] string? TitleSha256,
    [property: JsonPropertyName("published_at")] string? PublishedAt,
    [property: JsonPropertyName("published_at_found_in")] IReadOnlyList<string> PublishedAtFoundIn,
    [property: JsonPropertyName("source_sha256")] string? SourceSha256,
    [property: JsonPropertyName("body_selectors")] IReadOnlyList<string> BodySelectors,
    [property: JsonPropertyName("body_paragraphs")] IReadOnlyList<string> BodyParagraphs,
    [property: JsonPropertyName("body_chars")] int BodyChars,
    string? Note = null)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    /// <summary>The page is in the development part (<see cref="GoldSplit.Dev"/>).</summary>
    public bool IsDev => Split == GoldSplit.Dev;

    /// <summary>Reads a gold file; throws when a line's split disagrees with <see cref="GoldSplit"/> (the split is fixed).</summary>
    public static IReadOnlyList<RealPageGold> Load(string file)
    {
        var pages = new List<RealPageGold>();
        foreach (var line in File.ReadLines(file))
        {
            if (line.Trim().Length == 0) continue;
            var gold = JsonSerializer.Deserialize<RealPageGold>(line, Options) ?? throw new InvalidDataException($"empty line in {file}");
            if (gold.Split != GoldSplit.Of(gold.Path))
                throw new InvalidDataException($"{gold.Path}: split '{gold.Split}' in {file}, but the fixed split says '{GoldSplit.Of(gold.Path)}'");
            pages.Add(gold);
        }
        return pages;
    }

    /// <summary>
    /// SHA-256 (lower-case hex) of a gold file's content with line ends folded to \n, so a checkout that writes CRLF
    /// pins the same digest: how a test and the evaluator know the annotations are the ones the figures were measured on.
    /// </summary>
    public static string ContentDigest(string file)
    {
        var text = File.ReadAllText(file).Replace("\r\n", "\n");
        return Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
    }
}
