namespace PressMine.Extract;

/// <summary>How much of the story a <see cref="ReportGate"/> reads for a report cue besides the headline.</summary>
public enum ReportGateScope
{
    /// <summary>No gate: every count the metric decision labels is a fact.</summary>
    None,
    /// <summary>The count's sentence (up to its end).</summary>
    Sentence,
    /// <summary>The sentence before the count's and the count's own.</summary>
    Neighbourhood,
    /// <summary>The story from its start to the end of the count's sentence.</summary>
    Story,
}

/// <summary>The gate's settings; <see cref="Default"/> is what the extractor ships with.</summary>
public sealed record ReportGateOptions(ReportGateScope Scope)
{
    /// <summary>The shipped setting: a report cue must stand in the count's own sentence (<see cref="ReportGateScope.Sentence"/>).</summary>
    public static ReportGateOptions Default { get; } = new(ReportGateScope.Sentence);
}

/// <summary>
/// Whether a count stands in a supervision report. The metric decision reads shapes (a numeral, a measure word, a
/// verb before it), and the same shapes fill stories that report nothing of the kind: 加息25个基点, 420处火点,
/// 覆盖2700多个社区, 走访40家企业 on a research trip. Those shapes count places and organisations, which any story
/// names; a count of problems, hazards or notices says what it is by its noun. So a count labelled only with a
/// gated metric (places or organisations: gated_metric in corpus/rules/report-cues.tsv) gives a fact only when the
/// headline or the text the scope reads holds a report cue.
/// </summary>
internal sealed class ReportGate(ReportGateOptions options)
{
    private static IReadOnlyList<string> Cues => RuleBook.Default.List("report_cue");
    private static IReadOnlyList<string> GatedMetrics => RuleBook.Default.List("gated_metric");

    public bool Admits(MentionContext mention, IReadOnlyList<MetricLabel> labels)
    {
        if (IsFromAbroad(mention)) return false;
        if (options.Scope == ReportGateScope.None || !labels.All(l => GatedMetrics.Contains(l.Metric))) return true;
        if (mention.Title is { } title && HoldsCue(title)) return true;
        var body = mention.Body;
        var end = mention.Sentence.End;
        var start = options.Scope switch
        {
            ReportGateScope.Sentence => mention.Period.Start,
            ReportGateScope.Neighbourhood => PreviousPeriodStart(body, mention.Period.Start),
            _ => 0,
        };
        return HoldsCue(body[start..end]);
    }

    private static bool HoldsCue(string text) => Cues.Any(text.Contains);

    /// <summary>
    /// News from abroad (a headline of international briefs, 当地时间 in the count's period) reports no supervision
    /// in the contract's scope, whatever its shapes: 某国公司5家子公司被查出违规问题, a treaty talk's 500多项提案.
    /// </summary>
    private static bool IsFromAbroad(MentionContext mention) =>
        mention.Title is { } title && RuleBook.Default.List("foreign_headline").Any(title.Contains)
        || RuleBook.Default.List("foreign_cue").Any(mention.Body[mention.Period.Start..mention.Period.End].Contains);

    private static int PreviousPeriodStart(string body, int periodStart)
    {
        var periods = ClauseSplitter.Periods(body[..periodStart]);
        return periods.Count == 0 ? periodStart : periods[^1].Start;
    }
}
