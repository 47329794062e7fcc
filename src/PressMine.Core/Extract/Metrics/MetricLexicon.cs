using System.Text.RegularExpressions;

namespace PressMine.Extract;

/// <summary>What a verb does to the count that follows it.</summary>
public enum ActionKind
{
    /// <summary>A word that contains a verb but is a name (督导组, 检查小组): hides the verb.</summary>
    Blocker,
    Found, Rectify, Inspect, Issue, Suggest, Accountability, Cover, Other,
    /// <summary>Setting up teams, deploying people, publicity: what follows is not a result.</summary>
    Deploy,
    /// <summary>Background statistics of the area or the scene (辖, 共有, 隔离, 复工).</summary>
    Background,
}

/// <summary>What the counted noun is.</summary>
/// <summary>What the counted noun is; <see cref="Complaint"/> is a petition, complaint or report from the public (信访件, 投诉).</summary>
/// <see cref="Need"/> is a difficulty or request of a business or resident (难题, 诉求): solving it is a service, not a rectification.
public enum NounKind { None, Hazard, Problem, Notice, Suggestion, Group, Entity, SitePoint, Region, Complaint, Need, Vehicle }

public sealed record ActionHit(int Start, int End, string Word, ActionKind Kind, string? OtherKind);

/// <summary>The supervision vocabulary: verbs with what they do, and noun classes.</summary>
public static class MetricLexicon
{
    private static readonly (string Words, ActionKind Kind, string? OtherKind)[] ActionTable =
    [
        ("督导组 督查组 检查组 巡查组 暗访组 核查组 检查小组 督查室 督导员 督导会 见面会 督办工作组 检查结果 检查中 督查中 督导中 暗访中 辖区 辖内 巡察组 整改建议 整改意见 整改要求 整改通知书 整改通知 整改情况 交办单 交办函 督办单 督办函 整改函 集中整治 专项整治 综合整治 整治行动 培训机构 培训学校", ActionKind.Blocker, null),
        ("发现 排查 排查出 查出 查找 搜集 收集 梳理 查摆 摸排 指出 反馈 交办 存在 暴露 检查出 督查出 暗访出 核查出 查实 挖掘 征集", ActionKind.Found, null),
        ("整改 解决 销号 整治 办结 纠正 化解 处置 整改到位 整改落实 立行立改", ActionKind.Rectify, null),
        ("督查 检查 抽查 暗访 巡查 督导 走访 明察 核查 巡察 夜查 巡检 检查了 督查了 安检 盘查 查验", ActionKind.Inspect, null),
        ("下发 印发 发出 制发 发布 编发 下达 发送 报送", ActionKind.Issue, null),
        ("提出 采纳", ActionKind.Suggest, null),
        ("问责 追责 处分 党纪处分 政务处分 诫勉 诫勉谈话 组织处理 责任追究 追究责任 通报批评 处理", ActionKind.Accountability, null),
        ("覆盖 全覆盖 走遍 深入", ActionKind.Cover, null),
        ("组成 成立 组建 派出 抽调 抽派 选派 出动 动员 投入 配备 安排 设置 设立 新增 建立 招募 培训 发放 张贴 悬挂 宣传 举办 召开 派驻 下沉 组织", ActionKind.Deploy, null),
        // Business services in economy news (走访服务企业, 帮助解决难题) are help given, not supervision.
        ("走访服务 服务企业 走访帮扶 帮扶 助企 惠企", ActionKind.Deploy, null),
        ("辖 下辖 共有 现有 拥有 总投资 常住 户籍 开工 复工 隔离 确诊 在岗 达标 改造 建成 涉及金额", ActionKind.Background, null),
        ("立案 立案审查", ActionKind.Other, "cases_filed"),
        ("约谈", ActionKind.Other, "interviews"),
        ("查处", ActionKind.Other, "cases_investigated"),
        ("处罚 行政处罚", ActionKind.Other, "penalties_imposed"),
        ("罚款", ActionKind.Other, "fines"),
        ("关停 取缔 查封", ActionKind.Other, "entities_closed"),
        ("停业整顿 暂停营业 停业", ActionKind.Other, "businesses_suspended"),
        ("停产整顿 停产", ActionKind.Other, "production_suspended"),
        ("停工整改 停工", ActionKind.Other, "work_stopped"),
        ("下线", ActionKind.Other, "businesses_delisted"),
        ("行政拘留 拘留", ActionKind.Other, "people_detained"),
        ("移送 移交", ActionKind.Other, "cases_transferred"),
        ("抽检 快检 快速检测 抽样检测 抽样检验 抽样 抽取样品 检测样品", ActionKind.Other, "samples_tested"),
        ("曝光 通报曝光 点名道姓通报", ActionKind.Other, "cases_exposed"),
        ("挂牌督办", ActionKind.Other, "cases_supervised"),
        ("受理 收到 接到 接收", ActionKind.Other, "reports_received"),
        ("查扣 没收 下架 收缴", ActionKind.Other, "goods_seized"),
        ("吊销", ActionKind.Other, "licences_revoked"),
    ];

    private static readonly (string Word, ActionKind Kind, string? OtherKind)[] Actions = ActionTable
        .SelectMany(row => row.Words.Split(' ').Select(w => (w, row.Kind, row.OtherKind)))
        .OrderByDescending(a => a.w.Length)
        .ToArray();

    /// <summary>Verb hits in the text, longest match first, without overlaps; blockers are dropped.</summary>
    public static IReadOnlyList<ActionHit> FindActions(string text)
    {
        var taken = new bool[text.Length];
        var hits = new List<ActionHit>();
        foreach (var (word, kind, other) in Actions)
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                if (Enumerable.Range(at, word.Length).Any(k => taken[k])) continue;
                for (var k = at; k < at + word.Length; k++) taken[k] = true;
                hits.Add(new ActionHit(at, at + word.Length, word, kind, other));
            }
        }
        return hits.Where(h => h.Kind != ActionKind.Blocker).OrderBy(h => h.Start).ToList();
    }

    private static readonly string[] GroupEnds = ["小组", "分队", "小分队", "督导组", "检查组", "督查组", "工作组", "巡查组", "暗访组", "专班", "服务队", "工作队", "突击队", "队", "组"];
    private static readonly string[] Notices = ["通知书", "督办通知", "通知", "通报", "督办单", "督办函", "提醒函", "交办单", "交办函", "提示函", "整改函", "专报", "简报", "工作提示", "文书", "指令书"];
    private static readonly string[] Entities =
    [
        "企业", "单位", "场所", "商户", "门店", "店铺", "餐馆", "餐饮", "经营户", "商家", "超市", "药店", "药房", "医疗机构", "诊所",
        "工地", "学校", "幼儿园", "网吧", "酒店", "宾馆", "市场", "加油站", "公司", "养殖场", "养殖户", "矿山", "作坊", "机构",
        "食堂", "工厂", "厂", "银行", "网点", "景区", "冷库", "仓库", "燃气站", "物业", "站场", "商场", "站点", "车间", "医院",
        "项目", "煤矿", "矿井", "渔船", "船舶", "用户",
        // supply and service points are businesses (供应点 is not a checkpoint)
        "供应点", "配送点", "经营点", "销售点", "零售点", "营业点", "代售点", "收购点", "服务点",
        // organisations inspected in 巡察 work
        "党委", "党组", "党工委", "党支部", "党总支", "部门",
    ];
    private static readonly string[] AbstractPoints = ["重点", "特点", "亮点", "焦点", "难点", "要点", "观点", "缺点", "盲点", "痛点", "堵点", "节点", "试点", "优点", "起点", "终点", "弱点"];
    private static readonly string[] SitePlaces = ["部位", "水库", "堤防", "河堤", "山坪塘", "工程"]; // 供水工程86处 are works on site
    private static readonly string[] Complaints = ["信访", "投诉", "举报", "来电来信", "来信来访", "积案"];
    private static readonly string[] Needs = ["难题", "诉求", "困难", "难事"];
    private static readonly string[] Regions = ["乡镇", "镇街", "村社", "村居", "行政村", "村", "社区", "街道", "区县", "县", "小区", "园区", "片区", "网格", "镇", "区"];

    private static readonly string[] SupervisionWords = ["督导", "督查", "巡察", "巡视", "暗访", "纪委", "监委", "纪检", "检查组"];

    /// <summary>
    /// Whether the text names supervision work or bodies (督导组, 纪委, 巡察): there a 难题 solved is a problem
    /// rectified; elsewhere (an economy bureau visiting firms) it is a service given.
    /// </summary>
    public static bool SpeaksOfSupervision(string text) => SupervisionWords.Any(text.Contains);

    /// <summary>The class of a noun phrase; the most specific class found wins (隐患 beats 问题).</summary>
    public static NounKind ClassifyNoun(string noun)
    {
        noun = Parenthetical.Replace(noun, ""); // 村（社区） is a 村
        if (noun.Length == 0) return NounKind.None;
        if (noun.EndsWith("清单")) return NounKind.Notice; // 问题清单11份: a document listing problems
        if (noun.Contains("隐患")) return NounKind.Hazard;
        if (noun.Contains("问题")) return NounKind.Problem;
        if (Complaints.Any(noun.Contains)) return NounKind.Complaint;
        if (Needs.Any(noun.Contains)) return NounKind.Need;
        if (Notices.Any(noun.Contains)) return NounKind.Notice;
        if (noun.Contains("建议") || noun.Contains("意见")) return NounKind.Suggestion;
        if (IsGroup(noun)) return NounKind.Group;
        if (Entities.Any(noun.Contains)) return NounKind.Entity;
        if (noun.Contains("车辆") || noun.EndsWith('车')) return NounKind.Vehicle;
        if (SitePlaces.Any(noun.EndsWith)) return NounKind.SitePoint;
        if (noun.EndsWith("点位") || noun.EndsWith("卡口") || (noun.EndsWith('点') && !AbstractPoints.Any(noun.EndsWith))) return NounKind.SitePoint;
        if (Regions.Any(noun.EndsWith) || Regions.Any(r => noun.StartsWith(r) && r.Length > 1)) return NounKind.Region;
        return NounKind.None;
    }

    private static readonly Regex Parenthetical = new("（[^）]*）|\\([^)]*\\)", RegexOptions.Compiled);

    private static bool IsGroup(string noun) => !noun.EndsWith("党组") && GroupEnds.Any(noun.EndsWith); // 单位党组 is a party body
}
