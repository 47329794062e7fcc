namespace PressMine.Records;

/// <summary>The metric names of the contract.</summary>
public static class Metrics
{
    /// <summary>Problems found (发现问题), a count.</summary>
    public const string ProblemsFound = "problems_found";
    /// <summary>Problems rectified (整改问题), a count.</summary>
    public const string ProblemsRectified = "problems_rectified";
    /// <summary>Share of problems rectified (整改率), in percent.</summary>
    public const string RectificationRate = "rectification_rate";
    /// <summary>Inspections carried out (督查检查次数), a count.</summary>
    public const string Inspections = "inspections";
    /// <summary>Units inspected (检查单位: enterprises, shops, sites), a count.</summary>
    public const string EntitiesInspected = "entities_inspected";
    /// <summary>Hazards found (排查隐患), a count.</summary>
    public const string HazardsFound = "hazards_found";
    /// <summary>Hazards rectified (整改隐患), a count.</summary>
    public const string HazardsRectified = "hazards_rectified";
    /// <summary>Notices and circulars issued (下发通知通报), a count.</summary>
    public const string NoticesIssued = "notices_issued";
    /// <summary>People held accountable (问责人数), a count.</summary>
    public const string PeopleHeldAccountable = "people_held_accountable";
    /// <summary>Places a supervision covered (覆盖地点), a count.</summary>
    public const string SitesCovered = "sites_covered";
    /// <summary>Suggestions made (提出建议), a count.</summary>
    public const string SuggestionsMade = "suggestions_made";
    /// <summary>A supervision count the named metrics do not cover; <see cref="Fact.Kind"/> says what it counts.</summary>
    public const string Other = "other";

    /// <summary>Every metric, in the contract's order.</summary>
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
    /// <summary><see cref="Article.Id"/> of the article the fact comes from.</summary>
    public required string ArticleId { get; init; }
    /// <summary>One of <see cref="Metrics"/>.</summary>
    public required string Metric { get; init; }
    /// <summary>For <see cref="Metrics.Other"/>: a short English label of what is counted (cases_filed); null for the named metrics or when unknown.</summary>
    public string? Kind { get; init; }
    /// <summary>The number, Chinese numerals read (一百二十 → 120); a percentage for <see cref="Metrics.RectificationRate"/>.</summary>
    public required double Value { get; init; }
    /// <summary>The measure word as written after the number (个, 家, 处, 人次; % for a percentage); null when there is none.</summary>
    public string? Unit { get; init; }
    /// <summary>The page gives the number as approximate or a bound (余, 多, 近, 约, 超过).</summary>
    public bool Approx { get; init; }
    /// <summary>ISO date the count is valid at (截至 ...); null when the text gives none.</summary>
    public string? AsOf { get; init; }
    /// <summary>ISO date the counted period starts (... 以来, 自 ... 起); null when the text gives none.</summary>
    public string? Since { get; init; }
    /// <summary>Full name of the place the count is about: a narrower place the clause names, else the article's locality.</summary>
    public string? Place { get; init; }
    /// <summary>Administrative-division code of <see cref="Place"/>.</summary>
    public string? DivisionCode { get; init; }
    /// <summary>The sentence the fact comes from, verbatim from the body.</summary>
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
