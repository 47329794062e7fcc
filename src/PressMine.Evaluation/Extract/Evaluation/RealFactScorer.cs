using PressMine.Records;

namespace PressMine.Extract.Evaluation;

/// <summary>A difference between the extractor and the gold on one story, for reading what went wrong.</summary>
public sealed record RealFactError(string StoryId, string Type, string Metric, string? Kind, double Value, bool Approx, string? Detail = null);

/// <summary>
/// Scores the extractor on annotated real stories. A predicted fact matches a gold fact with the same metric,
/// value and approx flag, first where the evidence spans overlap, then anywhere in the story (a headline line
/// repeating the sentence's count); each gold fact is matched once. A prediction equal to an already matched
/// gold fact is a repeat of the same count (a story that states it twice), counted apart, neither right nor
/// wrong. Core metrics are all but <c>other</c>, whose kinds are free labels.
/// Place of a fact = its place as extracted (the clause's, else the article's locality); gold null means national or unknown scope.
/// </summary>
public sealed class RealFactScorer(FactExtractor extractor)
{
    /// <summary>Scores every story with the one extractor this scorer was made with; part names the rows (dev, test).</summary>
    public RealFactReport Score(string part, IEnumerable<RealStory> stories) => Score(part, stories, _ => extractor);

    /// <summary>Scores each story with its own extractor (cross-validation: the model that never saw the story).</summary>
    public static RealFactReport Score(string part, IEnumerable<RealStory> stories, Func<RealStory, FactExtractor> extractorFor)
    {
        var tally = new RealFactTally();
        foreach (var story in stories)
        {
            var extracted = extractorFor(story).Extract(story.Entry.Id, story.Title, story.Body, story.Entry.Published, null, null);
            ScoreStory(story.Entry, extracted.Facts, extracted.Locality?.FullName, tally);
        }
        return tally.ToReport(part);
    }

    private static void ScoreStory(RealGoldEntry entry, IReadOnlyList<Fact> predicted, string? locality, RealFactTally tally)
    {
        var gold = entry.Facts;
        var goldTaken = new bool[gold.Count];
        var match = Enumerable.Repeat(-1, predicted.Count).ToArray();
        tally.Stories++;
        if (gold.Count == 0) tally.Negatives++;

        foreach (var anywhere in (bool[])[false, true])
            for (var p = 0; p < predicted.Count; p++)
            {
                if (match[p] >= 0) continue;
                for (var g = 0; g < gold.Count; g++)
                {
                    if (goldTaken[g] || !Same(predicted[p], gold[g])) continue;
                    if (!anywhere && !Overlaps(predicted[p], gold[g])) continue;
                    goldTaken[g] = true;
                    match[p] = g;
                    break;
                }
            }

        for (var p = 0; p < predicted.Count; p++)
        {
            var fact = predicted[p];
            if (match[p] < 0)
            {
                if (gold.Any(g => Same(fact, g))) { tally.Repeats++; continue; }
                tally.FalsePositive(fact.Metric);
                if (gold.Count == 0) tally.NegativeFact(fact.Metric);
                tally.Errors.Add(new RealFactError(entry.Id, "false positive", fact.Metric, fact.Kind, fact.Value, fact.Approx, fact.Evidence));
                continue;
            }
            var g = gold[match[p]];
            tally.TruePositive(fact.Metric);
            if (g.AsOf == fact.AsOf) tally.AsOfCorrect++;
            else tally.Errors.Add(new RealFactError(entry.Id, $"as_of {fact.AsOf ?? "-"} should be {g.AsOf ?? "-"}", fact.Metric, fact.Kind, fact.Value, fact.Approx));
            if (g.Since == fact.Since) tally.SinceCorrect++;
            else tally.Errors.Add(new RealFactError(entry.Id, $"since {fact.Since ?? "-"} should be {g.Since ?? "-"}", fact.Metric, fact.Kind, fact.Value, fact.Approx));
            var place = fact.Place; // the extractor fills the locality in; null is national or several provinces
            tally.Place(place, g.Place);
            if (place != g.Place)
                tally.Errors.Add(new RealFactError(entry.Id, $"place {place ?? "-"} should be {g.Place ?? "-"}", fact.Metric, fact.Kind, fact.Value, fact.Approx));
        }
        for (var g = 0; g < gold.Count; g++)
        {
            if (goldTaken[g]) continue;
            tally.FalseNegative(gold[g].Metric);
            tally.Errors.Add(new RealFactError(entry.Id, "missed", gold[g].Metric, gold[g].Kind, gold[g].Value, gold[g].Approx, $"{gold[g].Unit} @{gold[g].EvidenceStart}"));
        }
    }

    private static bool Same(Fact p, RealGoldFact g) => p.Metric == g.Metric && p.Value == g.Value && p.Approx == g.Approx;

    private static bool Overlaps(Fact p, RealGoldFact g) => p.Start < g.EvidenceEnd && g.EvidenceStart < p.End;
}
