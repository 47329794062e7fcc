using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PressMine.Extract.Evaluation;

/// <summary>
/// A hand-annotated fact of a real story: numbers, labels and character offsets of the evidence sentence in
/// the story body (as <see cref="XwlbTranscript"/> renders it); never the text itself.
/// </summary>
public sealed record RealGoldFact(
    [property: JsonPropertyName("metric")] string Metric,
    [property: JsonPropertyName("kind")] string? Kind,
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("unit")] string? Unit,
    [property: JsonPropertyName("approx")] bool Approx,
    [property: JsonPropertyName("as_of")] string? AsOf,
    [property: JsonPropertyName("since")] string? Since,
    [property: JsonPropertyName("place")] string? Place,
    [property: JsonPropertyName("evidence_start")] int EvidenceStart,
    [property: JsonPropertyName("evidence_end")] int EvidenceEnd);

/// <summary>
/// One annotated story: which page and story it is, the SHA-256 of its rendered body (the scorer refuses a
/// page whose text changed), its part of the split and its facts (none for a negative story).
/// </summary>
public sealed record RealGoldEntry(
    [property: JsonPropertyName("page")] string Page,
    [property: JsonPropertyName("story")] int Story,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("split")] string Split,
    [property: JsonPropertyName("published")] string Published,
    [property: JsonPropertyName("facts")] IReadOnlyList<RealGoldFact> Facts)
{
    /// <summary>The story's identity, page#story.</summary>
    [JsonIgnore] public string Id => $"{Page}#{Story}";
}

/// <summary>Reads the gold file and knows its split rule and digests.</summary>
public static class RealGoldFile
{
    /// <summary>The development part's name.</summary>
    public const string Dev = "dev";
    /// <summary>The test part's name.</summary>
    public const string Test = "test";

    /// <summary>
    /// The split, fixed once before any measurement: a story is in the test part when the first byte of
    /// SHA-256("page#story") is below 102 (≈ 40 %), otherwise in the development part.
    /// </summary>
    public static string SplitOf(string page, int story) =>
        SHA256.HashData(Encoding.UTF8.GetBytes($"{page}#{story}"))[0] < 102 ? Test : Dev;

    /// <summary>Reads a gold file (UTF-8 JSON lines, see <see cref="Parse"/>).</summary>
    public static IReadOnlyList<RealGoldEntry> Read(string path) => Parse(File.ReadAllLines(path, Encoding.UTF8));

    /// <summary>Parses gold lines, skipping blank ones; throws on a line that is JSON null. Nothing is checked against the pages here (<see cref="RealStories.Load"/> does).</summary>
    public static IReadOnlyList<RealGoldEntry> Parse(IEnumerable<string> lines) => lines
        .Where(l => !string.IsNullOrWhiteSpace(l))
        .Select(l => JsonSerializer.Deserialize<RealGoldEntry>(l) ?? throw new InvalidDataException($"bad gold line: {l}"))
        .ToList();

    /// <summary>Whether a file holds real-page gold (entries naming a page) rather than texts with facts.</summary>
    public static bool LooksLikeRealGold(string path)
    {
        var first = File.ReadLines(path).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l));
        if (first is null) return false;
        using var doc = JsonDocument.Parse(first);
        return doc.RootElement.TryGetProperty("page", out _) && doc.RootElement.TryGetProperty("sha256", out _);
    }

    /// <summary>
    /// SHA-256 of the part's lines exactly as stored (UTF-8, each followed by "\n", in file order): pins what a
    /// figure was measured on; any edit of that part's annotations changes it.
    /// </summary>
    public static string PartDigest(string path, string part)
    {
        var sb = new StringBuilder();
        foreach (var line in File.ReadLines(path, Encoding.UTF8).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            var entry = JsonSerializer.Deserialize<RealGoldEntry>(line);
            if (entry?.Split == part) sb.Append(line).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }
}
