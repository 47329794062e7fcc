using System.Diagnostics;
using PressMine.Dedup;
using PressMine.Places;
using PressMine.Records;

namespace PressMine.Bench;

/// <summary>
/// `dedup-scale N [--memory-limit M]`: signature + LSH dedup over N generated report-like articles (about 1 in 10
/// a republished copy of an earlier one), in this process, reporting time, peak memory and duplicates found.
/// Run one size per process so the peak-memory figure (VmHWM) belongs to that size.
/// </summary>
public static class DedupScale
{
    static readonly string[] Places =
    [
        "临安区", "德清县", "安吉县", "长兴县", "桐庐县", "淳安县", "建德市", "诸暨市", "嵊州市", "新昌县", "天台县", "仙居县",
        "三门县", "玉环市", "龙游县", "开化县", "常山县", "江山市", "缙云县", "松阳县", "通川区", "宣汉县", "渠县", "大竹县",
    ];
    static readonly string[] Leads =
    [
        "连日来，{p}组织督查组深入各乡镇开展安全生产大检查，重点检查危险化学品、建筑施工和人员密集场所。",
        "为切实做好汛期安全防范工作，{p}成立{n}个督导组，对山塘水库和地质灾害隐患点开展拉网式排查。",
        "近日，{p}市场监管局联合教育部门对中小学校食堂开展食品安全专项检查，查看进货台账和留样记录。",
        "今年以来，{p}纪委监委紧盯节日期间“四风”问题，派出暗访组开展明察暗访，严查违规吃喝。",
        "{p}疫情防控工作领导小组第{n}督查组每天分早晚两个班次，深入农贸市场和商超检查防控措施落实情况。",
        "为持续改善人居环境，{p}开展农村生活垃圾和污水治理专项督查，逐村逐户查看整治情况。",
    ];
    static readonly string[] Middles =
    [
        "截至{d}，督查组共检查企业{n}家次，排查隐患{n}处，已整改隐患{n}处。",
        "督导组共发现问题{n}个，现场整改{n}个，其余问题已明确责任人和整改时限。",
        "此次检查共抽查{n}家单位，发现问题{n}个，下发整改通知书{n}份，约谈负责人{n}人。",
        "累计出动执法人员{n}人次，拆除违规广告牌{n}块，规范占道经营摊点{n}个。",
        "共走访餐饮场所和景区景点{n}处，发现问题线索{n}条，已全部移交相关单位核查处置。",
        "对检查中发现的{n}个问题建立台账，实行销号管理，整改率达到{n}%。",
    ];
    static readonly string[] Closings =
    [
        "下一步，{p}将持续加大督查力度，对反复出现的问题追责问效，推动各项措施落到实处。",
        "督查组要求各地压实主体责任，对发现的问题限期整改，确保安全形势持续稳定。",
        "有关负责人表示，将建立长效巡查机制，巩固整治成果，适时组织“回头看”。",
        "{p}将把督查结果纳入年度考核，对整改不力的单位通报批评。",
    ];

    public static int Run(string[] args)
    {
        int count = int.Parse(args[0]);
        int memoryLimit = Option(args, "--memory-limit") ?? 200_000;
        var parameters = DedupParameters.Default with { BucketCompareLimit = Option(args, "--bucket-limit") ?? DedupParameters.Default.BucketCompareLimit };
        var places = new PlaceKeyer(Gazetteer.Default);
        var hasher = new MinHasher();
        var clock = Stopwatch.StartNew();
        using var set = new SignatureSet(memoryLimit);
        foreach (var signature in Articles(count).AsParallel().AsOrdered().Select(a => DedupSignature.For(a, hasher, places)))
            set.Add(signature);
        double signatureSeconds = clock.Elapsed.TotalSeconds;
        var result = new Deduplicator(parameters).Run(set);
        double dedupSeconds = clock.Elapsed.TotalSeconds - signatureSeconds;
        Console.WriteLine($"articles {count}; signatures {signatureSeconds:F1} s ({count / signatureSeconds:F0}/s on {Environment.ProcessorCount} cores); " +
                          $"LSH dedup {dedupSeconds:F1} s; total {clock.Elapsed.TotalSeconds:F1} s; duplicates {result.Duplicates.Count} " +
                          $"(planted {count / 10 - 2}); bucket limit {parameters.BucketCompareLimit}; comparisons {result.Comparisons}; spilled {set.SpilledCount}; peak memory {PeakMemory.Megabytes():F0} MB");
        return 0;
    }

    static int? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : null;
    }

    /// <summary>Report-like articles; every 10th is a republished copy (trimmed lead, 来源 line) of an earlier one.</summary>
    public static IEnumerable<Article> Articles(int count)
    {
        var random = new Random(7);
        var recent = new string[1000];
        for (int i = 0; i < count; i++)
        {
            string body;
            if (i % 10 == 9 && i > 20)
            {
                var original = recent[random.Next(Math.Min(i, recent.Length) / 10) * 10];
                body = original[(original.IndexOf('\n') + 1)..] + "\n（来源：" + Places[random.Next(Places.Length)][..^1] + "日报）";
            }
            else
            {
                var place = Places[random.Next(Places.Length)];
                body = string.Join('\n',
                    Fill(Leads[random.Next(Leads.Length)], place, random),
                    Fill(Middles[random.Next(Middles.Length)], place, random) + Fill(Middles[random.Next(Middles.Length)], place, random),
                    Fill(Closings[random.Next(Closings.Length)], place, random));
                recent[i % recent.Length] = body;
            }
            yield return new Article { Id = StableHash.Hex("synthetic/" + i), SourcePath = "synthetic/" + i, Status = ArticleStatus.Ok, Body = body };
        }
    }

    static string Fill(string template, string place, Random random)
    {
        var text = template.Replace("{p}", place).Replace("{d}", $"{random.Next(1, 13)}月{random.Next(1, 29)}日");
        while (text.Contains("{n}"))
        {
            int at = text.IndexOf("{n}", StringComparison.Ordinal);
            text = text[..at] + random.Next(2, 400) + text[(at + 3)..];
        }
        return text;
    }
}
