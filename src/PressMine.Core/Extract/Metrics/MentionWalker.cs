namespace PressMine.Extract;

/// <summary>
/// Walks a body period by period, sentence by sentence, clause by clause and yields every count the
/// deterministic parsers find, with the rules' decision on it. The rule state (the previous count's label)
/// follows the rules alone, so the context of a count never depends on what a learned model decided before it.
/// </summary>
internal static class MentionWalker
{
    public static IEnumerable<MentionContext> Walk(string? title, string body)
    {
        var firstSentence = true;
        foreach (var period in ClauseSplitter.Periods(body))
        {
            MetricLabel? previous = null;
            foreach (var sentence in ClauseSplitter.Sentences(body, period))
            {
                var index = 0;
                foreach (var clause in ClauseSplitter.Clauses(body, sentence))
                foreach (var found in CountFinder.Find(clause.Text))
                {
                    var start = clause.Start + found.Start;
                    var count = found with
                    {
                        SentenceLeft = body[sentence.Start..start],
                        SentenceRight = body[(clause.Start + found.End)..sentence.End],
                    };
                    var upToCount = body[period.Start..start];
                    var criminal = FactExtractor.CountedByCriminalJustice(body[sentence.Start..start]);
                    var family = FactExtractor.LastFamily(upToCount);
                    var supervision = MetricLexicon.SpeaksOfSupervision(upToCount);
                    IReadOnlyList<MetricLabel> labels = criminal ? [] : MetricClassifier.Classify(count, previous, family, supervision);
                    yield return new MentionContext(body, title, period, sentence, clause, count, index++, firstSentence,
                        previous, family, supervision, criminal, labels);
                    if (labels.Count > 0) previous = labels[0];
                }
                firstSentence = false;
            }
        }
    }
}
