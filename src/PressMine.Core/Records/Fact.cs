namespace PressMine.Records;

/// <summary>The metric names of the contract.</summary>
public static class Metrics
{
    public const string ProblemsFound = "problems_found";
    public const string ProblemsRectified = "problems_rectified";
    public const string RectificationRate = "rectification_rate";
    public const string Inspections = "inspections";
    public const string EntitiesInspected = "entities_inspected";
    public const string HazardsFound = "hazards_found";
    public const string HazardsRectified = "hazards_rectified";
    public const string NoticesIssued = "notices_issued";
    public const string PeopleHeldAccountable = "people_held_accountable";
    public const string SitesCovered = "sites_covered";
    public const string SuggestionsMade = "suggestions_made";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All =
    [
        ProblemsFound, ProblemsRectified, RectificationRate, Inspections, EntitiesInspected,
        HazardsFound, HazardsRectified, NoticesIssued, PeopleHeldAccountable, SitesCovered,
        SuggestionsMade, Other,
    ];
}

/// <summary>One row of the <c>facts</c> table: a count with the sentence it came from.</summary>
public sealed record Fact
{
    public required string ArticleId { get; init; }
    public required string Metric { get; init; }
    public string? Kind { get; init; }
    public required double Value { get; init; }
    public string? Unit { get; init; }
    public bool Approx { get; init; }
    public string? AsOf { get; init; }
    public string? Since { get; init; }
    /// <summary>Full name of the place the count is about: a narrower place the clause names, else the article's locality.</summary>
    public string? Place { get; init; }
    /// <summary>Administrative-division code of <see cref="Place"/>.</summary>
    public string? DivisionCode { get; init; }
    public required string Evidence { get; init; }
    /// <summary>Offset of <see cref="Evidence"/> in the body (0-based); the dataset's <c>evidence_start</c>.</summary>
    public required int Start { get; init; }
    /// <summary>End of <see cref="Evidence"/> in the body (exclusive); the dataset's <c>evidence_end</c>.</summary>
    public required int End { get; init; }
    /// <summary>
    /// A part of a total stated just before it (其中 / 包括 / 含 …: 发现问题124个，其中安全问题30个 → the 30), set by
    /// Extract.BreakdownMarker; the dataset's <c>is_breakdown</c>, left out of <c>facts_summable</c>.
    /// </summary>
    public bool IsBreakdown { get; init; }

    /// <summary>
    /// The metric an analyst can group by without <see cref="Kind"/>: the metric itself, or <c>other.&lt;kind&gt;</c>
    /// (<c>other.unspecified</c> when an <c>other</c> fact has no kind).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Measure => Metric == Metrics.Other ? "other." + (Kind ?? "unspecified") : Metric;
}
