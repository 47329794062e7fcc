using PressMine.Records;

namespace PressMine.Extract;

/// <summary>
/// Counts that stand before the verb governing them. With an object_marker (对, 完成) before the count the verb after
/// it is the count's (对45家加油站进行了抽查, 对3家存在隐患的供应站责令停业整顿, 完成31个省的现场巡查工作). Without 对, an inspection or accountability verb after the
/// count is its verb only when a light verb introduces it (object_first_verb in corpus/rules/cues.tsv: 开展, 进行,
/// 受到, 被…): …等30家中管企业党组开展常规巡视, 37名中管干部受到党纪政务处分, 委托…等8省人大常委会…进行检查. A bare
/// verb after a count is usually the count's own action (30家企业发现问题), not what was done to it.
/// </summary>
internal static class CountBeforeVerb
{
    private static RuleBook Rules => RuleBook.Default;
    private const int LightVerbReach = 4; // 开展常规巡视, 受到党纪政务处分: a modifier may stand between

    /// <summary>The metric a verb after the count gives it, or null.</summary>
    public static MetricLabel? Label(CountMention count, NounKind noun)
    {
        var hits = MetricLexicon.FindActions(count.Right);
        if (Rules.List("object_marker").Any(count.Left.Contains)) return hits.Select(h => FromHit(count, noun, h)).FirstOrDefault(l => l is not null);
        var first = hits.FirstOrDefault(h => h.Kind != ActionKind.Background);
        if (first is null) return PeopleHeldToAccountLater(count);
        if (first is not { Kind: ActionKind.Inspect or ActionKind.Accountability } || !IntroducedByLightVerb(count.Right, first)) return null;
        return FromHit(count, noun, first);
    }

    /// <summary>
    /// 4名同志在…中领导不力，造成…，应予问责: people counted with no verb in their clause are held to account by a light
    /// verb and an accountability verb later in the sentence, when no other number and no other verb comes between.
    /// </summary>
    private static MetricLabel? PeopleHeldToAccountLater(CountMention count)
    {
        if (count.Unit is not ("人" or "名")) return null;
        var rest = count.SentenceRight;
        var first = MetricLexicon.FindActions(rest).FirstOrDefault(h => h.Kind != ActionKind.Background);
        if (first is not { Kind: ActionKind.Accountability } || !IntroducedByLightVerb(rest, first)) return null;
        if (ChineseNumberParser.FindAll(rest[..first.Start]).Any(t => t.Value is not null)) return null;
        return new(Metrics.PeopleHeldAccountable);
    }

    private static bool IntroducedByLightVerb(string right, ActionHit hit)
    {
        var from = Math.Max(0, hit.Start - LightVerbReach - 2);
        var before = right[from..hit.Start];
        return Rules.List("object_first_verb").Any(before.Contains);
    }

    private static MetricLabel? FromHit(CountMention count, NounKind noun, ActionHit hit) => hit.Kind switch
    {
        ActionKind.Inspect when noun == NounKind.Entity => new(Metrics.EntitiesInspected),
        // 对5省开展督察, 对12个乡镇开展督查; not 对3个村的资金开展检查 (the villages' funds are checked).
        ActionKind.Inspect when MetricClassifier.CoversPlaces(count) => new(Metrics.SitesCovered),
        ActionKind.Accountability when count.Unit is "人" or "名" => new(Metrics.PeopleHeldAccountable),
        ActionKind.Rectify when noun == NounKind.Entity => new(Metrics.ProblemsRectified), // 对3家企业责令整改
        ActionKind.Other => new(Metrics.Other, MetricClassifier.OtherKind(hit, count.Unit)),
        _ => null,
    };
}
