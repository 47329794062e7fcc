namespace PressMine.Extract;

/// <summary>
/// A count found in a body with everything a metric decision may look at: where it stands (period, sentence,
/// clause, its index among the counts of its sentence), the state the rules carry through the period, and
/// what the rules decided (<see cref="RuleLabels"/>, empty when they give no fact).
/// </summary>
internal sealed record MentionContext(
    string Body,
    string? Title,
    TextSpan Period,
    TextSpan Sentence,
    TextSpan Clause,
    CountMention Count,
    int IndexInSentence,
    bool FirstSentence,
    MetricLabel? PreviousRuleLabel,
    NounKind Family,
    bool Supervision,
    bool CriminalJustice,
    IReadOnlyList<MetricLabel> RuleLabels)
{
    /// <summary>Offset of the number in the body.</summary>
    public int Start => Clause.Start + Count.Start;

    /// <summary>The period from its start up to the number: what the date scope is read from.</summary>
    public string UpToCount => Body[Period.Start..Start];

    /// <summary>The sentence from its start up to the number.</summary>
    public string SentenceUpToCount => Body[Sentence.Start..Start];
}
