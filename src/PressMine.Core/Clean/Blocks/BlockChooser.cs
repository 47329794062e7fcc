// In the Clean namespace itself (not Clean.Blocks): PageCleaner defaults to the shipped chooser, and a sub-namespace
// would make Clean and Clean.Blocks use each other.
namespace PressMine.Clean;

/// <summary>How the model's block probabilities decide the body.</summary>
internal enum BlockDecision
{
    /// <summary>The model alone: every block at or above the threshold.</summary>
    Model,
    /// <summary>The rules' body, minus the blocks the model rates below the veto threshold.</summary>
    RulesWithVeto,
    /// <summary>The rules' body with vetoes, plus blocks the model is sure of.</summary>
    RulesWithVetoAndAdditions,
}

internal sealed record BlockThresholds(float Keep = 0.5f, float Veto = 0.1f, float Add = 0.9f);

/// <summary>Chooses the body from the block classifier's probabilities, alone or on top of the rules.</summary>
internal sealed class BlockChooser(BlockModel model, BlockDecision decision, BlockThresholds? thresholds = null) : IBodyChooser
{
    private readonly BlockThresholds _t = thresholds ?? new BlockThresholds();

    public IReadOnlyList<string> Choose(HtmlAnalysis page)
    {
        var features = new BlockFeatures(page);
        int n = page.All.Count;
        // Scored when a decision reads the score, once: most lines of a page lie outside the rules' body and its edges.
        var scores = new float?[n];
        float P(int i) => scores[i] ??= model.Score(features.Of(i));
        var titleKey = page.Title is null ? null : TextNormalizer.Key(page.Title);
        int first = -1, last = -1;
        for (int i = 0; i < n; i++)
            if (features.IsRuleKept(i)) { if (first < 0) first = i; last = i; }
        var (runBefore, runAfter) = decision == BlockDecision.RulesWithVetoAndAdditions ? SureRuns(page, P, first, last) : (first, last);
        var kept = new List<string>();
        for (int i = 0; i < n; i++)
        {
            var text = page.All[i].Text;
            bool ruleKept = features.IsRuleKept(i);
            // Lines the model cannot judge (no CJK bigram) follow the rules.
            bool k = TextNormalizer.CjkCount(text) < 2 ? ruleKept : Keep(i, ruleKept, P, first, last, runBefore, runAfter);
            if (!k) continue;
            if (!ruleKept && titleKey is not null && TextNormalizer.Key(text).Contains(titleKey, StringComparison.Ordinal)) continue; // a headline variant
            kept.Add(text);
        }
        return decision == BlockDecision.RulesWithVeto ? kept : ParagraphDeduplicator.Deduplicate(kept);
    }

    private bool Keep(int i, bool ruleKept, Func<int, float> p, int first, int last, int runBefore, int runAfter) => decision switch
    {
        BlockDecision.Model => p(i) >= _t.Keep,
        BlockDecision.RulesWithVeto => ruleKept && p(i) >= _t.Veto,
        _ => ruleKept && p(i) >= _t.Veto || first >= 0 && (i >= first && i <= last && p(i) >= _t.Add || i >= runBefore && i < first || i > last && i <= runAfter),
    };

    /// <summary>
    /// Additions fill the rules' body span (tables, lists, sub-headings the rules dropped) and extend it by runs of
    /// prose next to it; a short line outside the span (tags, captions, widgets) is never added. Returns the first
    /// line of the run added before the span and the last of the run added after it.
    /// </summary>
    private (int RunBefore, int RunAfter) SureRuns(HtmlAnalysis page, Func<int, float> p, int first, int last)
    {
        if (first < 0) return (first, last);
        int after = last, before = first;
        while (after + 1 < page.All.Count && page.Kinds[after + 1] == LineKind.Body && p(after + 1) >= _t.Add) after++;
        while (before - 1 >= 0 && page.Kinds[before - 1] == LineKind.Body && p(before - 1) >= _t.Add) before--;
        return (before, after);
    }
}

/// <summary>The rules' own body choice, for comparisons and for callers that must not use the model.</summary>
internal sealed class RuleBodyChooser : IBodyChooser
{
    public static readonly RuleBodyChooser Instance = new();

    public IReadOnlyList<string> Choose(HtmlAnalysis page) => page.RuleBody;
}

/// <summary>
/// What the Clean stage ships: the rules' body with the model's vetoes and the blocks it is sure of
/// (corpus/models/clean-blocks.zip; the decision won the cross-validation on the real dev pages, see README).
/// Without the model file the rules decide alone.
/// </summary>
internal sealed record ShippedBlockChooser(BlockDecision Decision = BlockDecision.RulesWithVetoAndAdditions, float Veto = 0.1f, float Add = 0.8f)
{
    private static readonly Lazy<IBodyChooser> Shared = new(() => new ShippedBlockChooser().Create());

    public static IBodyChooser Default => Shared.Value;

    public IBodyChooser Create()
        => BlockModel.LoadDefault() is { } model
            ? new BlockChooser(model, Decision, new BlockThresholds(Veto: Veto, Add: Add))
            : RuleBodyChooser.Instance;
}
