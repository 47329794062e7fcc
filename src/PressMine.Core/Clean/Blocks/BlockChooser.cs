namespace PressMine.Clean.Blocks;

/// <summary>How the model's block probabilities decide the body.</summary>
public enum BlockDecision
{
    /// <summary>The model alone: every block at or above the threshold.</summary>
    Model,
    /// <summary>The rules' body, minus the blocks the model rates below the veto threshold.</summary>
    RulesWithVeto,
    /// <summary>The rules' body with vetoes, plus blocks the model is sure of.</summary>
    RulesWithVetoAndAdditions,
}

public sealed record BlockThresholds(float Keep = 0.5f, float Veto = 0.1f, float Add = 0.9f);

/// <summary>Chooses the body from the block classifier's probabilities, alone or on top of the rules.</summary>
public sealed class BlockChooser(BlockModel model, BlockDecision decision, BlockThresholds? thresholds = null) : IBodyChooser
{
    private readonly BlockThresholds _t = thresholds ?? new BlockThresholds();

    public IReadOnlyList<string> Choose(HtmlAnalysis page)
    {
        var blocks = BlockFeatures.Extract(page);
        var p = model.Score(blocks);
        var titleKey = page.Title is null ? null : TextNormalizer.Key(page.Title);
        var kept = new List<string>();
        for (int i = 0; i < blocks.Count; i++)
        {
            bool keep = decision switch
            {
                BlockDecision.Model => p[i] >= _t.Keep,
                BlockDecision.RulesWithVeto => blocks[i].RuleKept && p[i] >= _t.Veto,
                _ => blocks[i].RuleKept && p[i] >= _t.Veto || p[i] >= _t.Add,
            };
            // Lines the model cannot judge (no CJK bigram) follow the rules.
            if (TextNormalizer.CjkCount(blocks[i].Line.Text) < 2) keep = blocks[i].RuleKept;
            if (!keep) continue;
            var key = TextNormalizer.Key(blocks[i].Line.Text);
            if (!blocks[i].RuleKept && titleKey is not null && key.StartsWith(titleKey, StringComparison.Ordinal)) continue;
            kept.Add(blocks[i].Line.Text);
        }
        return decision == BlockDecision.RulesWithVeto ? kept : ParagraphDeduplicator.Deduplicate(kept);
    }
}
