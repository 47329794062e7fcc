using System.Text.Json;
using System.Text.Json.Serialization;

namespace PressMine.Evaluation;

public sealed record ExpectedFact(
    string Metric,
    double Value,
    bool Approx = false,
    [property: JsonPropertyName("as_of")] string? AsOf = null,
    string? Since = null,
    string? Kind = null,
    string? Unit = null);

/// <summary>The hand-written expected result of one corpus page (corpus/expected/&lt;stem&gt;.json).</summary>
public sealed record ExpectedPage(
    string Status,
    string? Title,
    [property: JsonPropertyName("published_at")] string? PublishedAt,
    string? Source,
    string? Author,
    string? Editor,
    IReadOnlyList<string>? Body,
    string? Province,
    string? City,
    string? County,
    IReadOnlyList<ExpectedFact>? Facts,
    [property: JsonPropertyName("duplicate_of")] string? DuplicateOf)
{
    static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static ExpectedPage Load(string path) =>
        JsonSerializer.Deserialize<ExpectedPage>(File.ReadAllText(path), Options)
        ?? throw new InvalidDataException($"empty expected file {path}");
}
