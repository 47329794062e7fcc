using PressMine.Records;

namespace PressMine.Extract.Learned;

/// <summary>
/// One class per set of metrics a count gives: "none", "problems_found", "problems_found+problems_rectified"
/// (发现并整改问题97个 is two facts of one count). Kinds of <c>other</c> are not part of the class.
/// </summary>
internal static class LabelCodec
{
    public const string None = "none";

    public static string Encode(IEnumerable<MetricLabel> labels) => Encode(labels.Select(l => l.Metric));

    public static string Encode(IEnumerable<string> metrics)
    {
        var distinct = metrics.Distinct().Order(StringComparer.Ordinal).ToArray();
        return distinct.Length == 0 ? None : string.Join('+', distinct);
    }

    /// <summary>
    /// The labels of a class; the kind of an <c>other</c> comes from the rules when they named one, else from the
    /// verb before the number, else it is "unspecified".
    /// </summary>
    public static IReadOnlyList<MetricLabel> Decode(string label, MentionContext mention)
    {
        if (label == None) return [];
        var result = new List<MetricLabel>();
        foreach (var metric in label.Split('+'))
        {
            if (metric != Metrics.Other) { result.Add(new MetricLabel(metric)); continue; }
            var kind = mention.RuleLabels.FirstOrDefault(l => l.Metric == Metrics.Other)?.Kind
                ?? MetricLexicon.FindActions(mention.Count.Left).LastOrDefault(h => h.OtherKind is not null)?.OtherKind
                ?? "unspecified";
            result.Add(new MetricLabel(Metrics.Other, kind));
        }
        return result;
    }
}
