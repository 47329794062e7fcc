using System.Text.Json;
using System.Text.Json.Serialization;

namespace PressMine.Evaluation;

/// <summary>A fact a corpus page's expected file lists; matched to extracted facts on metric and value.</summary>
/// <param name="Metric">Metric name, as in <c>Records.Metrics</c>.</param>
/// <param name="Value">The number the page states.</param>
/// <param name="Approx">The text gives the number as approximate (约, 余, 多).</param>
/// <param name="AsOf">ISO date the figure holds at; null when the text gives none.</param>
/// <param name="Since">ISO date a cumulative figure counts from; null when not cumulative or not stated.</param>
/// <param name="Kind">What an <c>other</c> fact counts (a free label such as cases_filed); null for the named metrics.</param>
/// <param name="Unit">Counter word after the number on the page (个, 处, 名); recorded for the reader, not scored.</param>
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

    /// <summary>Reads one expected file (JSON, comments and trailing commas allowed); throws when the file holds JSON null.</summary>
    public static ExpectedPage Load(string path) =>
        JsonSerializer.Deserialize<ExpectedPage>(File.ReadAllText(path), Options)
        ?? throw new InvalidDataException($"empty expected file {path}");
}
