namespace PressMine.Clean;

/// <summary>The chosen publish time and where on the page it was read.</summary>
internal sealed record PublishDate(string Value, string Basis);

/// <summary>
/// Chooses the publish time among every place a page states one. Places vote for a calendar day with their strength
/// (declared meta and JSON-LD, labelled bylines strongest; unlabelled bylines; the URL); update stamps and bylines
/// without a year only add to a day others name. The winning day's value is taken from the byline nearest the
/// headline when it gives a time (what readers see), else from a declared time, else from any place naming the day.
/// </summary>
internal static class PublishDateSearch
{
    public static PublishDate? Choose(IReadOnlyList<DateCandidate> candidates, IReadOnlyList<YearlessDate> yearless, PublishDateOptions o)
    {
        var dated = candidates.Where(c => !c.ConfirmsOnly).ToList();
        var confirming = candidates.Where(c => c.ConfirmsOnly).ToList();
        if (dated.Count == 0)
            return confirming.FirstOrDefault(c => yearless.Any(y => y.Matches(c.Value))) is { } stamped
                ? new PublishDate(stamped.Value, stamped.Basis) : null;

        double Score(string day) => dated.Where(c => c.Day == day).Sum(c => c.Strength)
                                    + o.ConfirmationWeight * confirming.Count(c => c.Day == day)
                                    + o.ConfirmationWeight * yearless.Count(y => y.Matches(day));
        var best = dated
            .GroupBy(c => c.Day)
            .OrderByDescending(g => Score(g.Key))
            .ThenBy(g => g.Min(c => c.Distance))
            .First()
            .ToList();
        var chosen = best.Where(c => c.HasTime && c.Basis == DateBasis.Byline).OrderBy(c => c.Distance).FirstOrDefault()
                     ?? best.FirstOrDefault(c => c.HasTime)
                     ?? best.OrderBy(c => c.Basis == DateBasis.Url ? 1 : 0).ThenBy(c => c.Distance).First();
        return new PublishDate(chosen.Value, chosen.Basis);
    }
}
