namespace PressMine.Extract.Learned;

/// <summary>How the model and the rules share the decision.</summary>
internal enum MetricCombination
{
    /// <summary>The model decides every count (the rules' decision is one of its features).</summary>
    Model,
    /// <summary>The rules decide where they give a fact; the model decides the counts they leave out.</summary>
    RulesThenModel,
}

/// <summary>
/// The learned metric decision inside the scope rules that stay deterministic: a count kept by police, procurators
/// or courts (<see cref="MentionContext.CriminalJustice"/>) is crime statistics and never a fact, whatever the model says.
/// </summary>
internal sealed class CombinedMetricDecider(MetricModel model, MetricCombination combination) : IMetricDecider
{
    public MetricCombination Combination => combination;

    public IReadOnlyList<MetricLabel> Decide(MentionContext mention)
    {
        if (mention.CriminalJustice) return [];
        if (combination == MetricCombination.RulesThenModel && mention.RuleLabels.Count > 0) return mention.RuleLabels;
        return model.Decide(mention);
    }
}
