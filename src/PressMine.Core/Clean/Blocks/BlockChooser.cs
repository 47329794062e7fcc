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
        var blocks = BlockFeatures.Extract(page);
        var p = model.Score(blocks);
        var titleKey = page.Title is null ? null : TextNormalizer.Key(page.Title);
        int first = -1, last = -1;
        for (int i = 0; i < blocks.Count; i++)
            if (blocks[i].RuleKept) { if (first < 0) first = i; last = i; }
        var keep = new bool[blocks.Count];
        for (int i = 0; i < blocks.Count; i++)
            keep[i] = decision switch
            {
                BlockDecision.Model => p[i] >= _t.Keep,
                _ => blocks[i].RuleKept && p[i] >= _t.Veto,
            };
        if (decision == BlockDecision.RulesWithVetoAndAdditions) AddSureBlocks(page, blocks, p, keep, first, last);
        var kept = new List<string>();
        for (int i = 0; i < blocks.Count; i++)
        {
            // Lines the model cannot judge (no CJK bigram) follow the rules.
            bool k = TextNormalizer.CjkCount(blocks[i].Line.Text) < 2 ? blocks[i].RuleKept : keep[i];
            if (!k) continue;
            var key = TextNormalizer.Key(blocks[i].Line.Text);
            if (!blocks[i].RuleKept && titleKey is not null && key.Contains(titleKey, StringComparison.Ordinal)) continue; // a headline variant
            kept.Add(blocks[i].Line.Text);
        }
        return decision == BlockDecision.RulesWithVeto ? kept : ParagraphDeduplicator.Deduplicate(kept);
    }

    /// <summary>
    /// Additions fill the rules' body span (tables, lists, sub-headings the rules dropped) and extend it by runs of
    /// prose next to it; a short line outside the span (tags, captions, widgets) is never added.
    /// </summary>
    private void AddSureBlocks(HtmlAnalysis page, IReadOnlyList<BlockCandidate> blocks, float[] p, bool[] keep, int first, int last)
    {
        if (first < 0) return;
        for (int i = first; i <= last; i++)
            if (p[i] >= _t.Add) keep[i] = true;
        for (int i = last + 1; i < blocks.Count && p[i] >= _t.Add && page.Kinds[i] == LineKind.Body; i++) keep[i] = true;
        for (int i = first - 1; i >= 0 && p[i] >= _t.Add && page.Kinds[i] == LineKind.Body; i--) keep[i] = true;
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
