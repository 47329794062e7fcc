namespace PressMine.Extract;

/// <summary>Decides what a count measures (none, one or several metrics).</summary>
internal interface IMetricDecider
{
    IReadOnlyList<MetricLabel> Decide(MentionContext mention);
}

/// <summary>The hand-written rules (<see cref="MetricClassifier"/>) as they stand.</summary>
internal sealed class RuleMetricDecider : IMetricDecider
{
    public static RuleMetricDecider Instance { get; } = new();

    public IReadOnlyList<MetricLabel> Decide(MentionContext mention) => mention.RuleLabels;
}
