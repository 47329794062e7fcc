using PressMine.Records;
using PressMine.Places;

namespace PressMine.Extract;

/// <summary>Counts, metrics, dates and places from an article body, each with its evidence span.</summary>
public sealed class FactExtractor
{
    private readonly IPlaceResolver? places;
    private readonly IMetricDecider decider;
    private readonly ReportGate gate;

    /// <summary>The extractor as the pipeline ships it: rule metrics and the default report gate.</summary>
    /// <param name="places">Resolves the article's locality and the place of a clause; null to skip places.</param>
    public FactExtractor(IPlaceResolver? places) : this(places, null) { }

    /// <param name="metrics">Decides the metric of each count; null for the rules (<see cref="RuleMetricDecider"/>).</param>
    /// <param name="gate">Which counts stand in a supervision report; null for <see cref="ReportGateOptions.Default"/>.</param>
    internal FactExtractor(IPlaceResolver? places, IMetricDecider? metrics, ReportGateOptions? gate = null)
    {
        this.places = places;
        decider = metrics ?? RuleMetricDecider.Instance;
        this.gate = new ReportGate(gate ?? ReportGateOptions.Default);
    }

    /// <summary>The facts of one article, in body order, and the article's locality (null without places or when none is found).</summary>
    /// <param name="articleId">Written into every fact's <see cref="Fact.ArticleId"/>.</param>
    /// <param name="title">The headline: read for the locality, the report gate and a period the body leaves unstated; facts come from the body only. Null when none.</param>
    /// <param name="body">The clean body (paragraphs separated by \n); evidence offsets point into it.</param>
    /// <param name="publishedAt">ISO 8601 publish time or date; the base for years and relative dates.</param>
    /// <param name="site">The site's name; read for the locality. Null when unknown.</param>
    /// <param name="source">The credited source (来源); read for the locality. Null when none.</param>
    public ArticleFacts Extract(string articleId, string? title, string body, string? publishedAt, string? site, string? source)
    {
        var locality = places?.ResolveArticleLocality(title, body, site, source);
        var dates = new DateResolver(DateResolver.ParsePublishDate(publishedAt));
        var facts = new List<Fact>();
        var seen = new HashSet<(string, string?, double, string, int)>();
        var occurrences = new Dictionary<(int, string, string?, double), int>();

        foreach (var mention in MentionWalker.Walk(title, body))
        {
            var labels = decider.Decide(mention);
            if (labels.Count == 0 || !gate.Admits(mention, labels)) continue;
            var count = mention.Count;
            var sentence = mention.Sentence;
            var scope = dates.Scope(mention.UpToCount);
            if (scope == DateScope.None && title is not null) scope = dates.Scope(title); // the headline's period
            // A count of several provinces belongs to none of them, nor to the story's locality.
            var place = CountsProvinces(count) ? null : ClausePlace(mention.Clause.Text, locality) ?? locality;
            foreach (var label in labels)
            {
                // Pages often repeat their body (print copies); one sentence gives one fact once. A sentence may
                // hold the same count twice (赴…等6省检查，委托…等6省检查): the n-th of them is told apart by n.
                var key = (sentence.Start, label.Metric, label.Kind, count.Value);
                var nth = occurrences[key] = occurrences.GetValueOrDefault(key) + 1;
                if (!seen.Add((label.Metric, label.Kind, count.Value, sentence.Text, nth))) continue;
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
                    Place = place?.FullName,
                    DivisionCode = place?.Code,
                    Evidence = sentence.Text,
                    Start = sentence.Start,
                    End = sentence.End,
                });
            }
        }
        return new ArticleFacts(facts, locality);
    }

    /// <summary>Whether the text last spoke of 隐患, of 问题 or of complaints (信访件); 隐患和问题 is one hazard noun.</summary>
    internal static NounKind LastFamily(string text)
    {
        var hazard = text.LastIndexOf("隐患", StringComparison.Ordinal);
        var problem = text.LastIndexOf("问题", StringComparison.Ordinal);
        var complaint = ComplaintWords.Max(w => text.LastIndexOf(w, StringComparison.Ordinal));
        if (complaint > hazard && complaint > problem) return NounKind.Complaint;
        if (hazard < 0 && problem < 0) return NounKind.None;
        return hazard > problem || (hazard >= 0 && problem - hazard <= 3) ? NounKind.Hazard : NounKind.Problem;
    }

    /// <summary>
    /// 全国公安机关共破获…, 检察机关共立案…: police, procurators or courts counting their own cases is crime
    /// statistics, not supervision; 移送公安机关3人 or 被公安机关立案侦查 (a handover) still counts.
    /// </summary>
    internal static bool CountedByCriminalJustice(string sentenceUpToCount)
    {
        foreach (var agent in RuleBook.Default.List("criminal_justice_agent"))
        for (var at = sentenceUpToCount.IndexOf(agent, StringComparison.Ordinal); at >= 0;
             at = sentenceUpToCount.IndexOf(agent, at + agent.Length, StringComparison.Ordinal))
        {
            var before = sentenceUpToCount[Math.Max(0, at - 3)..at];
            if (!RuleBook.Default.List("agent_handover").Any(before.Contains)) return true;
        }
        return false;
    }

    private static IReadOnlyList<string> ComplaintWords => RuleBook.Default.List("complaint_word");

    /// <summary>
    /// 23个省份, 5省, 31个省（自治区、直辖市）: a count of several provinces spans them all, so the one province
    /// the clause may also name (…和新疆生产建设兵团) is not where the count belongs.
    /// </summary>
    internal static bool CountsProvinces(CountMention count) =>
        count.Value >= 2 && (RuleBook.Default.List("place_unit").Contains(count.Unit) && count.Unit != "地市"
            || count.Unit == "个" && (count.RightNoun.StartsWith("省") || count.RightNoun.StartsWith("自治区")));

    /// <summary>A place the clause names that is narrower than the article's locality, else null (the count is the locality's).</summary>
    private Division? ClausePlace(string clause, Division? locality)
    {
        if (places?.FindPlace(clause, locality) is not { } place) return null;
        // The locality itself or one of its parents adds nothing; a narrower place, or another province the
        // clause names in a story about several (山东… 江西共梳理问题N个), is where the count belongs.
        if (locality is not null && locality.FullName.StartsWith(place.FullName, StringComparison.Ordinal)) return null;
        return place;
    }
}
