using PressMine.Records;

namespace PressMine.Extract;

/// <summary>Counts, metrics, dates and places from an article body, each with its evidence span.</summary>
/// <param name="places">Resolves the article's locality and the place of a clause; null to skip places.</param>
public sealed class FactExtractor(IPlaceResolver? places)
{
    /// <param name="publishedAt">ISO 8601 publish time or date; the base for years and relative dates.</param>
    public ArticleFacts Extract(string articleId, string? title, string body, string? publishedAt, string? site, string? source)
    {
        var locality = places?.ResolveArticleLocality(title, body, site, source);
        var dates = new DateResolver(DateResolver.ParsePublishDate(publishedAt));
        var facts = new List<Fact>();
        var seen = new HashSet<(string, string?, double, string)>();

        foreach (var period in ClauseSplitter.Periods(body))
        {
            MetricLabel? previous = null;
            foreach (var sentence in ClauseSplitter.Sentences(body, period))
            foreach (var clause in ClauseSplitter.Clauses(body, sentence))
            foreach (var count in CountFinder.Find(clause.Text))
            {
                var labels = MetricClassifier.Classify(count, previous);
                if (labels.Count == 0) continue;
                previous = labels[0];

                var scope = dates.Scope(body[period.Start..(clause.Start + count.Start)]);
                var place = NarrowerPlace(clause.Text, locality);
                foreach (var label in labels)
                {
                    // Pages often repeat their body (print copies); one sentence gives one fact once.
                    if (!seen.Add((label.Metric, label.Kind, count.Value, sentence.Text))) continue;
                    facts.Add(new Fact
                    {
                        ArticleId = articleId,
                        Metric = label.Metric,
                        Kind = label.Kind,
                        Value = count.Value,
                        Unit = count.Unit,
                        Approx = count.Approx,
                        AsOf = scope.AsOfIso,
                        Since = scope.SinceIso,
                        Place = place,
                        Evidence = sentence.Text,
                        Start = sentence.Start,
                        End = sentence.End,
                    });
                }
            }
        }
        return new ArticleFacts(facts, locality);
    }

    private string? NarrowerPlace(string clause, Division? locality)
    {
        if (places?.FindPlace(clause, locality) is not { } place) return null;
        if (locality is not null && (place.Level <= locality.Level || place.Code == locality.Code)) return null;
        return place.FullName;
    }
}
