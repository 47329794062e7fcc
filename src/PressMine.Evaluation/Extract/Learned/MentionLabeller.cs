using PressMine.Extract.Evaluation;

namespace PressMine.Extract.Learned;

/// <summary>How many gold facts found their count mention, and how many did not (the parsers' misses).</summary>
internal sealed record LabellingSummary(int Mentions, int GoldFacts, int GoldAligned);

/// <summary>
/// Gives each count the deterministic parsers find the metrics of the gold facts it carries: a gold fact goes to
/// a count of the same value (inside its evidence span when the gold has one), preferring a count the rules
/// already give that metric, then one not yet labelled, then any that does not carry that metric yet. Counts
/// left over are "none".
/// </summary>
internal static class MentionLabeller
{
    public static IReadOnlyList<LabelledMention> FromRealStories(IEnumerable<RealStory> stories, out LabellingSummary summary, bool wordTokens = false)
    {
        var result = new List<LabelledMention>();
        int mentions = 0, gold = 0, aligned = 0;
        foreach (var story in stories)
        {
            var walked = MentionWalker.Walk(story.Title, story.Body).ToList();
            var facts = story.Entry.Facts.Select(f => (f.Metric, f.Value, (int?)f.EvidenceStart, (int?)f.EvidenceEnd)).ToList();
            aligned += Label(story.Entry.Id, walked, facts, result, wordTokens);
            mentions += walked.Count;
            gold += facts.Count;
        }
        summary = new LabellingSummary(mentions, gold, aligned);
        return result;
    }

    public static IReadOnlyList<LabelledMention> FromDevSet(IEnumerable<DevSetEntry> entries, out LabellingSummary summary, bool wordTokens = false)
    {
        var result = new List<LabelledMention>();
        int mentions = 0, gold = 0, aligned = 0;
        foreach (var entry in entries)
        {
            var walked = MentionWalker.Walk(null, entry.Text).ToList();
            var facts = entry.Facts.Select(f => (f.Metric, f.Value, (int?)null, (int?)null)).ToList();
            aligned += Label("devset:" + entry.Id, walked, facts, result, wordTokens);
            mentions += walked.Count;
            gold += facts.Count;
        }
        summary = new LabellingSummary(mentions, gold, aligned);
        return result;
    }

    private static int Label(string group, List<MentionContext> walked,
        List<(string Metric, double Value, int? Start, int? End)> facts, List<LabelledMention> into, bool wordTokens)
    {
        var words = wordTokens ? PressMine.Segment.ChineseSegmenter.Shared() : null;
        var metrics = walked.Select(_ => new List<string>()).ToArray();
        var aligned = 0;
        foreach (var fact in facts)
        {
            var candidates = Enumerable.Range(0, walked.Count).Where(i => walked[i].Count.Value == fact.Value
                && (fact.Start is null || (walked[i].Start >= fact.Start && walked[i].Start < fact.End))
                && !metrics[i].Contains(fact.Metric)).ToList();
            if (candidates.Count == 0) continue;
            var chosen = candidates.Cast<int?>().FirstOrDefault(i => walked[i!.Value].RuleLabels.Any(l => l.Metric == fact.Metric))
                ?? candidates.Cast<int?>().FirstOrDefault(i => metrics[i!.Value].Count == 0)
                ?? candidates[0];
            metrics[chosen].Add(fact.Metric);
            aligned++;
        }
        for (var i = 0; i < walked.Count; i++)
            into.Add(new LabelledMention(group, MentionFeatures.Tokens(walked[i], words), LabelCodec.Encode(metrics[i])));
        return aligned;
    }
}
