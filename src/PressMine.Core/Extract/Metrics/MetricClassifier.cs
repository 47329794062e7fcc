using PressMine.Records;

namespace PressMine.Extract;

/// <summary>A metric with its <c>kind</c> (for <see cref="Metrics.Other"/>).</summary>
internal sealed record MetricLabel(string Metric, string? Kind = null);

/// <summary>
/// Decides what a count measures from the verbs before it, the counted noun and the measure word.
/// The verb closest before the number governs; verbs joined to it by 并/、/和 add their own metric
/// (发现并督促整改问题97个 → found and rectified), verbs joined by 或 yield only the first.
/// Counts governed by deployment, publicity or background words give nothing.
/// </summary>
internal static class MetricClassifier
{
    private static RuleBook Rules => RuleBook.Default;
    // 办结率 is a rectification rate only for problems (问题办结率); for complaints or supervised items it is a closure rate.
    private static IReadOnlyList<string> RateWords => Rules.List("rate_word");
    private static IReadOnlyList<string> SubCountMarkers => Rules.List("subcount_marker");
    private static IReadOnlyList<string> InspectionUnits => Rules.List("inspection_unit");
    private static IReadOnlyList<string> EquipmentUnits => Rules.List("equipment_unit");
    private static IReadOnlyList<string> SampleUnits => Rules.List("sample_unit");
    private static IReadOnlyList<string> VehicleUnits => Rules.List("vehicle_unit");
    private static IReadOnlyList<string> EntityUnits => Rules.List("entity_unit");

    /// <param name="previous">The first label of the previous count in the same period, for 其中 sub-counts and lists.</param>
    /// <param name="family">Whether the period so far speaks of 问题 or 隐患, for counts whose noun is left out (已整改114个).</param>
    /// <param name="supervision">Whether the period so far names supervision work (<see cref="MetricLexicon.SpeaksOfSupervision"/>).</param>
    public static IReadOnlyList<MetricLabel> Classify(CountMention count, MetricLabel? previous, NounKind family = NounKind.None, bool supervision = false)
    {
        if (count.Unit == "%") return IsRectificationRate(count, previous) ? [new MetricLabel(Metrics.RectificationRate)] : [];
        if (PlanItem(count) is { } planItem) return [planItem];
        if (IsIntended(count)) return [];
        if (Rules.List("category_noun").Any(count.RightNoun.StartsWith)) return []; // 6个方面的问题: categories, not items

        var isSubCount = SubCountMarkers.Any(count.Left.Contains);
        var hits = MetricLexicon.FindActions(count.Left).ToList();
        if (isSubCount) hits.RemoveAll(h => h.Kind is ActionKind.Background or ActionKind.Deploy); // 其中涉及复工复产的…: a sub-category
        else if (hits.Any(h => h.Kind == ActionKind.Background)) return []; // 全市现有…, 辖…: a stock, not work done

        var rightNoun = MetricLexicon.ClassifyNoun(count.RightNoun);
        if (rightNoun == NounKind.Group) return [];
        if (count.RightNoun.Contains("典型案例")) return []; // cases shown as examples, not a total
        var leftObject = hits.Count > 0 ? count.Left[hits[^1].End..] : count.Left;
        if (leftObject.Length > 12) leftObject = leftObject[^12..];
        // 解决重点企业的1260多项问题诉求: before 的 stands the owner; the noun after the count is the head.
        var noun = leftObject.EndsWith('的') && rightNoun != NounKind.None ? rightNoun : MetricLexicon.ClassifyNoun(leftObject);
        if (noun == NounKind.None) noun = rightNoun;
        if (noun == NounKind.None) noun = RelativeClauseNoun(count.Right);
        if (noun == NounKind.Suggestion && (IsIssuedDocument(count) || Rules.List("deliberation_word").Any(count.SentenceLeft.Contains)))
            noun = NounKind.Unknown;
        if (Rules.List("place_unit").Contains(count.Unit)) noun = NounKind.Region; // 5省, 6省份
        // 问题清单1553条, 29项问题整改清单: items, not documents; 20条重点调研清单 are research topics, no problems.
        else if (noun == NounKind.Notice && count.Unit is "项" or "条" or "个")
            noun = Rules.List("problem_list_word").Any(w => count.Left.Contains(w) || count.RightNoun.Contains(w)) ? NounKind.Problem : NounKind.Unknown;
        // 处置违规账号N个, 制定措施N条, 来自N个国家: a noun is there but unknown, so not the problems spoken of before.
        if (noun == NounKind.None && (MetricLexicon.HoldsNoun(leftObject) || MetricLexicon.HoldsNoun(count.RightNoun))) noun = NounKind.Unknown;
        // Nothing so far in the period names 问题 or 隐患 and no count came before: a Found verb's unnamed or
        // organisation object (征集参评机构33个, 反馈…项目150个) is not a problem found.
        var unspoken = family == NounKind.None && previous is null;
        if (family == NounKind.None) family = previous?.Metric is Metrics.HazardsFound or Metrics.HazardsRectified ? NounKind.Hazard : NounKind.Problem;

        var chain = GoverningChain(count.Left, hits);
        if (noun == NounKind.Need)
        {
            // 帮助解决企业难题39个 is a service to businesses; under a supervision body it is a problem put right.
            // Requests received (受理群众诉求) keep their own "other" kind.
            if (supervision) noun = NounKind.Problem;
            else if (chain.Any(a => a.Kind == ActionKind.Other)) noun = NounKind.None;
            else return [];
        }
        if (IsRoundsOfInspection(count, chain)) return [new MetricLabel(Metrics.Inspections)];
        if (IsResearchVisit(count, chain)) return [];
        List<MetricLabel> labels;
        if (chain.Count == 0)
            labels = WithoutVerb(count, noun, isSubCount, previous, governed: false);
        else if (chain[^1].Kind is ActionKind.Deploy)
            return [];
        else if (Rules.List("tour_verb").Contains(chain[^1].Word) && !Rules.List("place_unit").Contains(count.Unit))
            return []; // 赴6省 is a tour's coverage; 分赴我市12个县 names where leaders went, as the seeds annotate it
        else if (chain[^1].Word == "深入" && count.RightNoun.Length > 0)
            return []; // 深入20个乡镇开展监督 tells where teams went; only the tally form 深入社区三十余个 counts
        else
        {
            labels = chain.Select(a => Map(a, noun, count.Unit, previous, family, unspoken)).OfType<MetricLabel>().Distinct().ToList();
            if (labels.Any(l => IsFoundOrRectified(l.Metric)))
                labels.RemoveAll(l => l.Metric is Metrics.Inspections or Metrics.EntitiesInspected or Metrics.SitesCovered);
            // 立案查处46家 is one count: keep the first of several "other" kinds.
            var others = labels.Where(l => l.Metric == Metrics.Other).Skip(1).ToList();
            labels.RemoveAll(others.Contains);
            if (labels.Count == 0) labels = WithoutVerb(count, noun, isSubCount, previous, governed: true);
        }
        return labels.Where(l => UnitFits(l.Metric, count.Unit)).ToList();
    }

    /// <summary>拟纳入…15条, 力争完成…40处: the clause before the number states an intention, not work done.</summary>
    private static bool IsIntended(CountMention count)
    {
        var clauseStart = count.Left.LastIndexOfAny(['，', ',', '；', '。', '：']) + 1;
        var clause = count.Left[clauseStart..];
        return Rules.List("intention_word").Any(clause.Contains);
    }

    /// <summary>
    /// 出台了意见, 印发实施意见3个, 印发《…若干意见》，包括…等16条意见 (the sentence is read): 意见 issued is a policy document; 采纳意见40条 are suggestions. Only 意见 is read so
    /// (建议 and 提案 are never documents).
    /// </summary>
    private static bool IsIssuedDocument(CountMention count) =>
        (count.SentenceLeft.Contains("意见") || count.Right.Contains("意见")) && !count.SentenceLeft.Contains("建议") && !count.Right.Contains("建议")
        && Rules.List("document_verb").Any(v => count.SentenceLeft.Contains(v) || count.Right.Contains(v));

    /// <summary>
    /// 走访调研了20多个县: places or units visited on a research trip (a research_word in the clause, the count
    /// governed by a verb of visiting or covering) are where the researchers went, not what was inspected.
    /// </summary>
    private static bool IsResearchVisit(CountMention count, List<ActionHit> chain) =>
        chain.Count > 0 && chain[^1].Kind is ActionKind.Inspect or ActionKind.Cover
        && Rules.List("research_word").Any(count.Left.Contains);

    /// <summary>
    /// 开展两轮巡察, 组织24次医保基金飞行检查: rounds counted before the inspection verb they measure (the head of the
    /// noun phrase after the count), with no verb (or only 组织/安排) before the number; 分六批完成了对…的督察: batches of a
    /// tour (a batch_marker right before N批/N轮, an inspection verb later in the clause).
    /// </summary>
    private static bool IsRoundsOfInspection(CountMention count, List<ActionHit> chain)
    {
        if (chain.Count > 0 && chain[^1].Kind != ActionKind.Deploy) return false;
        if (count.Unit is "批" or "轮" && Rules.List("batch_marker").Any(count.Left.EndsWith))
            return MetricLexicon.FindActions(ClauseRest(count.Right)).Any(h => h.Kind == ActionKind.Inspect);
        if (!InspectionUnits.Contains(count.Unit)) return false;
        var head = count.Right.Length > 10 ? count.Right[..10] : count.Right;
        var stop = head.IndexOfAny(['，', ',', '；', '。', '、']);
        if (stop >= 0) head = head[..stop];
        return MetricLexicon.FindActions(head).FirstOrDefault() is { Kind: ActionKind.Inspect, Start: <= 8 };
    }

    private static string ClauseRest(string right)
    {
        var stop = right.IndexOfAny(['，', ',', '；', '。']);
        return stop < 0 ? right : right[..stop];
    }

    /// <summary>
    /// 整改率达96%; 完成率 (and 办结率) only when the passage speaks of problems being rectified (整改方案…已完成N项，完成率65%).
    /// </summary>
    private static bool IsRectificationRate(CountMention count, MetricLabel? previous) =>
        RateWords.Any(count.Left.Contains)
        || (Rules.List("plan_rate_word").Any(count.Left.Contains)
            && (count.Left.Contains("整改") || previous?.Metric == Metrics.ProblemsRectified));

    /// <summary>
    /// Items of a rectification plan: 整改方案明确的N项任务 are problems found, 已完成N项 of them problems rectified
    /// (the plan lists what inspectors found; completing an item is putting it right).
    /// </summary>
    private static MetricLabel? PlanItem(CountMention count)
    {
        if (count.Unit is not ("项" or "个" or "条" or "件")) return null;
        var noun = count.RightNoun;
        if (!Rules.List("rectification_plan").Any(w => count.Left.Contains(w) || noun.Contains(w))) return null;
        var lastDigit = count.Left.LastIndexOfAny("0123456789".ToCharArray());
        var tail = count.Left[(lastDigit + 1)..];
        if (Rules.List("plan_done_verb").Any(tail.Contains)) return new(Metrics.ProblemsRectified);
        if (noun.Contains("任务") || Rules.List("plan_list_verb").Any(tail.Contains)) return new(Metrics.ProblemsFound);
        return null;
    }

    /// <summary>Whether the count is of places (5省, 12个乡镇) whose coverage a verb after it states.</summary>
    internal static bool CoversPlaces(CountMention count)
    {
        if (Rules.List("place_unit").Contains(count.Unit)) return true;
        var noun = count.RightNoun;
        if (noun.Length == 0 || MetricLexicon.ClassifyNoun(noun) is not (NounKind.Region or NounKind.SitePoint)) return false;
        var rest = count.Right[noun.Length..];
        // 对12个省的督察 covers the provinces; 对3个村的集体资金开展检查 checks something the villages own.
        return !rest.StartsWith('的') || MetricLexicon.FindActions(rest[1..]).FirstOrDefault() is { Kind: ActionKind.Inspect, Start: 0 };
    }

    /// <summary>N件长期想解决而没有解决的生态环境问题, 630多条针对性、典型性的意见建议: the counted noun closes a relative clause after 的.</summary>
    private static NounKind RelativeClauseNoun(string right)
    {
        var end = right.IndexOfAny(['，', '。', '；', ',', ';']);
        var span = end < 0 ? right : right[..end];
        var de = span.IndexOf('的');
        if (de < 0 || span.Length > 30) return NounKind.None;
        var kind = MetricLexicon.ClassifyNoun(span[(de + 1)..]);
        return kind is NounKind.Problem or NounKind.Hazard or NounKind.Suggestion ? kind : NounKind.None;
    }

    private static bool CountsWhere(string metric) => metric is Metrics.EntitiesInspected or Metrics.SitesCovered or Metrics.Other;

    private static bool IsFoundOrRectified(string metric) =>
        metric is Metrics.ProblemsFound or Metrics.ProblemsRectified or Metrics.HazardsFound or Metrics.HazardsRectified;

    /// <summary>The verb closest before the number and the verbs chained to it; for 或 only the first of the chain.</summary>
    private static List<ActionHit> GoverningChain(string left, List<ActionHit> hits)
    {
        if (hits.Count == 0) return [];
        var chain = new List<ActionHit> { hits[^1] };
        var disjunction = false;
        for (var k = hits.Count - 2; k >= 0; k--)
        {
            var gap = left[hits[k].End..chain[0].Start];
            var joined = gap.Length <= 2 || (gap.Length <= 6 && gap.IndexOfAny(['并', '和', '及', '或', '、', '与']) >= 0);
            if (!joined || gap.IndexOfAny(['，', ',', '；', '共']) >= 0) break; // 共 opens a new predicate
            disjunction |= gap.Contains('或');
            chain.Insert(0, hits[k]);
        }
        return disjunction ? [chain[0]] : chain;
    }

    /// <param name="governed">Whether a verb stands before the count (one whose own mapping gave nothing).</param>
    private static List<MetricLabel> WithoutVerb(CountMention count, NounKind noun, bool isSubCount, MetricLabel? previous, bool governed)
    {
        // 对45家加油站进行了抽查, 37名干部受到党纪处分: the verb comes after the object.
        if (CountBeforeVerb.Label(count, noun) is { } fromRight) return [fromRight];
        // 3家存在计量问题: the verb follows the count.
        var rightHead = count.Right.Length > 10 ? count.Right[..10] : count.Right;
        if (rightHead.Contains("存在") && MetricLexicon.ClassifyNoun(count.Right) is NounKind.Problem or NounKind.Hazard)
            return [new MetricLabel(MetricLexicon.ClassifyNoun(count.Right) == NounKind.Hazard ? Metrics.HazardsFound : Metrics.ProblemsFound)];
        // 其中86条建议转请39个部门: a count of organisations or places is no part of a total of other things.
        if (isSubCount && previous is not null && !(noun is NounKind.Entity or NounKind.Region or NounKind.SitePoint && !CountsWhere(previous.Metric)))
            return [previous];
        if (count.Right.Contains("覆盖") && noun is NounKind.Region or NounKind.SitePoint)
            return [new MetricLabel(Metrics.SitesCovered)];
        if (count.Right.Contains("覆盖") && noun is NounKind.Entity) return [new MetricLabel(Metrics.EntitiesInspected)];
        // 发现重大隐患3处，一般隐患41处: a list continues the previous count's action.
        if (noun is NounKind.Problem or NounKind.Hazard && previous is not null && IsFoundOrRectified(previous.Metric))
        {
            var rectified = previous.Metric is Metrics.ProblemsRectified or Metrics.HazardsRectified;
            return [new MetricLabel(noun == NounKind.Hazard
                ? (rectified ? Metrics.HazardsRectified : Metrics.HazardsFound)
                : (rectified ? Metrics.ProblemsRectified : Metrics.ProblemsFound))];
        }
        return noun switch
        {
            // 已排查点位2850多处 counts sites a verb worked on; a site count with no verb before it is a stock
            // (加息25个基点, 420处火点, 设7726个考点), not sites covered.
            NounKind.SitePoint => [new MetricLabel(Metrics.SitesCovered)],
            // 参考150多期简报, 负面清单七次瘦身: notices no verb issues are documents read or revised, not issued.
            NounKind.Notice when governed => [new MetricLabel(Metrics.NoticesIssued)],
            NounKind.Suggestion => [new MetricLabel(Metrics.SuggestionsMade)],
            _ => [],
        };
    }

    private static MetricLabel? Map(ActionHit action, NounKind noun, string unit, MetricLabel? previous, NounKind family, bool unspoken)
    {
        var hazardFamily = noun == NounKind.Hazard || (noun == NounKind.None && family == NounKind.Hazard);
        var complaint = noun == NounKind.Complaint || (noun == NounKind.None && family == NounKind.Complaint);
        return action.Kind switch
        {
            // Petitions and complaints from the public: received (收到/交办) and closed (办结), never problems.
            ActionKind.Found or ActionKind.Other when complaint && action.OtherKind is null or "reports_received" => new(Metrics.Other, "complaints_received"),
            ActionKind.Rectify when complaint && action.Word is "办结" or "化解" => new(Metrics.Other, "complaints_closed"),
            ActionKind.Found when noun == NounKind.Notice && action.Word is "交办" or "反馈" => new(Metrics.NoticesIssued), // 交办问题清单11份
            ActionKind.Found => noun switch
            {
                NounKind.Hazard => new(Metrics.HazardsFound),
                NounKind.Problem => new(Metrics.ProblemsFound),
                NounKind.None when unspoken => null,
                NounKind.None => new(hazardFamily ? Metrics.HazardsFound : Metrics.ProblemsFound),
                NounKind.Entity when action.Word is "排查" or "摸排" => new(Metrics.EntitiesInspected),
                NounKind.Entity => unspoken ? null : new(Metrics.ProblemsFound),
                NounKind.Suggestion => new(Metrics.SuggestionsMade),
                _ => null,
            },
            ActionKind.Rectify => noun switch
            {
                NounKind.Hazard => new(Metrics.HazardsRectified),
                NounKind.None => new(hazardFamily ? Metrics.HazardsRectified : Metrics.ProblemsRectified),
                NounKind.Problem or NounKind.Suggestion or NounKind.Entity => new(Metrics.ProblemsRectified),
                _ => null,
            },
            ActionKind.Inspect when InspectionUnits.Contains(unit) => new(Metrics.Inspections),
            ActionKind.Inspect when VehicleUnits.Contains(unit) || noun == NounKind.Vehicle => new(Metrics.Other, "vehicles_inspected"),
            ActionKind.Inspect when EquipmentUnits.Contains(unit) => new(Metrics.Other, "equipment_inspected"),
            ActionKind.Inspect => noun switch
            {
                NounKind.Entity => new(Metrics.EntitiesInspected),
                NounKind.None or NounKind.Unknown when EntityUnits.Contains(unit) => new(Metrics.EntitiesInspected),
                NounKind.SitePoint or NounKind.Region => new(Metrics.SitesCovered),
                _ => null,
            },
            ActionKind.Issue => noun == NounKind.Notice ? new(Metrics.NoticesIssued) : null,
            ActionKind.Suggest => noun == NounKind.Suggestion || (noun == NounKind.None && previous?.Metric == Metrics.SuggestionsMade)
                ? new(Metrics.SuggestionsMade) : null,
            ActionKind.Accountability => new(Metrics.PeopleHeldAccountable),
            // 覆盖企业23家 counts organisations inspected; 覆盖100多个国家 (no place noun) is not supervision.
            ActionKind.Cover => noun switch
            {
                NounKind.Region or NounKind.SitePoint => new(Metrics.SitesCovered),
                NounKind.Entity => new(Metrics.EntitiesInspected),
                _ => null,
            },
            ActionKind.Other when action.OtherKind == "samples_tested" && !SampleUnits.Contains(unit) => null, // 快速检测2.3万人 counts people
            ActionKind.Other when action.OtherKind == "content_removed" && !Rules.List("content_unit").Contains(unit) => null, // 清理文物220件
            // 接收报送备案的法规N件: receiving is a count of the public's reports only when the noun says so.
            ActionKind.Other when action.OtherKind == "reports_received" && noun == NounKind.Unknown => null,
            // 收到代表建议800件: suggestions received are suggestions made (put forward), as the gold counts them.
            ActionKind.Other when action.OtherKind == "reports_received" && noun == NounKind.Suggestion => new(Metrics.SuggestionsMade),
            ActionKind.Other => new(Metrics.Other, OtherKind(action, unit)),
            _ => null,
        };
    }

    /// <summary>The "other" kind of an action's count; interviews split by whether people or organisations were met.</summary>
    internal static string? OtherKind(ActionHit action, string unit) => action.OtherKind switch
    {
        "interviews" when unit is "人" or "名" or "人次" => "people_interviewed",
        "interviews" when unit is "家" or "家次" => "entities_interviewed",
        var kind => kind,
    };

    // "other" counts cases, entities, people and items; 人次 counts attendance, never a result.
    private static bool UnitFits(string metric, string unit) => Rules.List("metric:" + metric).Contains(unit);
}
