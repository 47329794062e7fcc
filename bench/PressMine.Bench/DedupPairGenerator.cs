using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PressMine.Dedup;
using PressMine.Places;
using Side = PressMine.Dedup.PairSide;
using LabelledPair = PressMine.Dedup.LabelledPair;

namespace PressMine.Bench;

/// <summary>
/// Builds the labelled duplicate pair set (tests/PressMine.Tests/Dedup/Pairs/pairs.jsonl) from the bundled corpus
/// bodies and a few report bodies written for it: republished copies (trimmed lead, 来源 line, other title,
/// reformatted punctuation), template reports with other counts or other places, and unrelated pairs.
/// Deterministic: the same corpus gives the same file.
/// </summary>
public static class DedupPairGenerator
{
    static readonly string[] OwnBodies =
    [
        "为扎实做好汛期安全防范工作，6月以来，城关镇成立3个督导组，对辖区内山塘水库、地质灾害隐患点和在建工地开展拉网式排查。\n督导组共排查隐患点位46处，发现问题17个，现场整改11个，其余6个已明确责任人和整改时限。\n镇应急办负责人介绍，下一步将落实24小时值班值守制度，确保人员转移避险到位。",
        "近日，县市场监管局联合教育局对全县中小学校食堂开展食品安全专项检查。\n此次检查共抽查学校食堂38家，查看食品原料进货台账、留样记录和从业人员健康证明，发现问题23个，下发整改通知书9份。\n对检查中发现的问题，检查组要求学校限期整改，并将适时组织“回头看”。",
        "国庆假期前夕，区纪委监委派出4个暗访组，紧盯“四风”问题开展明察暗访。\n暗访组走访餐饮场所、景区景点52处，发现问题线索7条，已全部移交相关单位核查处置。\n区纪委监委相关负责人表示，对顶风违纪行为将严肃查处、点名道姓通报曝光。",
        "今年以来，街道城管执法中队持续开展违规户外广告和占道经营整治行动。\n截至9月底，中队累计出动执法人员860人次，拆除违规广告牌125块，规范占道经营摊点210个。\n下一步，中队将建立长效巡查机制，巩固整治成果，持续改善市容环境。",
    ];

    static readonly string[] OtherCounties =
    [
        "临安区", "德清县", "安吉县", "长兴县", "桐庐县", "淳安县", "建德市", "诸暨市", "嵊州市", "新昌县",
        "天台县", "仙居县", "三门县", "玉环市", "龙游县", "开化县", "常山县", "江山市", "缙云县", "松阳县",
    ];

    static readonly string[] Papers = ["人民日报", "新华社", "浙江日报", "四川日报", "大众日报", "湖南日报", "安徽日报", "贵州日报"];

    public static int Run(string corpusDir, string outFile)
    {
        var pairs = Generate(corpusDir);
        Directory.CreateDirectory(Path.GetDirectoryName(outFile)!);
        File.WriteAllLines(outFile, pairs.Select(p => JsonSerializer.Serialize(p, PairSetEvaluator.Json)), new UTF8Encoding(false));
        foreach (var g in pairs.GroupBy(p => p.Kind)) Console.WriteLine($"{g.Key,-28} {g.Count(),4} pairs, duplicate={g.First().Duplicate}");
        Console.WriteLine($"{pairs.Count} pairs → {outFile}");
        return 0;
    }

    public static List<LabelledPair> Generate(string corpusDir)
    {
        var random = new Random(20240611);
        var bases = LoadBodies(corpusDir).Concat(OwnBodies.Select((b, i) => (Name: $"own{i}", Title: $"自撰报道{i}", Body: b))).ToList();
        var scanner = new MentionScanner(Gazetteer.Default);
        var pairs = new List<LabelledPair>();
        void Add(string kind, bool duplicate, Side a, Side b) => pairs.Add(new LabelledPair($"{kind}-{pairs.Count:D3}", kind, duplicate, a, b));

        foreach (var (name, title, body) in bases)
        {
            var original = new Side(title, body, "本地新闻网", null, "2022-03-01T09:00:00+08:00");
            var paper = Papers[random.Next(Papers.Length)];
            Add("republished", true, original, Republish(body, title, paper, random, trimLead: random.Next(2) == 0));
            Add("republished_trimmed_sourced", true, original, Republish(body, title, paper, random, trimLead: true) with { Source = paper });
            Add("exact_reformatted", true, original, new Side(title + "（转载）", Reformat(body), "转载网", null, null));
            var recounted = ChangeNumbers(body, random);
            if (recounted != body) Add("template_other_counts", false, original, new Side(title, recounted, "本地新闻网", null, null));
            var moved = MovePlaces(body, scanner, random);
            if (moved is not null)
            {
                Add("template_other_place_same_numbers", false, original, new Side(title, moved, "外地新闻网", null, null));
                Add("template_other_place_and_counts", false, original, new Side(title, ChangeNumbers(moved, random), "外地新闻网", null, null));
            }
        }
        for (int k = 0; k < 60; k++)
        {
            var (a, b) = TwoDifferent(bases, random);
            if (NearCopy(a.Body, b.Body)) continue;
            Add("unrelated", false, new Side(a.Title, a.Body, null, null, null), new Side(b.Title, b.Body, null, null, null));
        }
        for (int k = 0; k < 40; k++)
        {
            var (a, b) = TwoDifferent(bases, random);
            if (NearCopy(a.Body, b.Body)) continue;
            // A different report that borrows one template paragraph (opening or closing) of another.
            var pa = a.Body.Split('\n'); var pb = b.Body.Split('\n');
            if (pa.Length < 2 || pb.Length < 2) continue;
            var mixed = string.Join('\n', new[] { pa[0] }.Concat(pb.Skip(1)));
            Add("shared_template_paragraph", false, new Side(a.Title, a.Body, null, null, null), new Side(b.Title, mixed, null, null, null));
        }
        return pairs;
    }

    static Side Republish(string body, string title, string paper, Random random, bool trimLead)
    {
        var paragraphs = body.Split('\n').ToList();
        if (trimLead && paragraphs.Count >= 3) paragraphs.RemoveAt(0);
        if (random.Next(2) == 0) paragraphs.Add($"（来源：{paper}）");
        else paragraphs.Insert(0, $"来源：{paper}");
        var text = string.Join('\n', paragraphs);
        if (random.Next(2) == 0) text = Reformat(text);
        var newTitle = random.Next(2) == 0 ? title : "【基层动态】" + title[..Math.Min(title.Length, 12)];
        return new Side(newTitle, text, "转载网" + random.Next(100), paper, "2022-03-02T10:00:00+08:00");
    }

    /// <summary>Half-width punctuation, other quotes and spacing: what a copy-paste into another CMS does.</summary>
    static string Reformat(string body) =>
        body.Replace("，", ", ").Replace("。", ". ").Replace("“", "\"").Replace("”", "\"").Replace("：", ": ")
            .Replace("；", "; ").Replace("（", "(").Replace("）", ")").Replace("\n", "\n\n　　");

    static string ChangeNumbers(string body, Random random) =>
        Regex.Replace(body, @"\d+", m => m.Value.Length <= 2 && random.Next(3) == 0
            ? m.Value // dates and small ordinals often stay the same in a template
            : (long.Parse(m.Value.Length > 9 ? m.Value[..9] : m.Value) + 1 + random.Next(40)).ToString());

    /// <summary>The same report set in other counties: every division name replaced consistently, counts untouched.</summary>
    static string? MovePlaces(string body, MentionScanner scanner, Random random)
    {
        var mentions = new List<Mention>();
        scanner.Scan(body, mentions);
        mentions.RemoveAll(m => m.Name.NeedsContext);
        if (mentions.Count == 0) return null;
        var replacement = new Dictionary<int, string>();
        var sb = new StringBuilder(body);
        foreach (var m in mentions.OrderByDescending(m => m.Start))
        {
            int entry = m.Name.Owners[0].Entry;
            if (!replacement.TryGetValue(entry, out var full)) replacement[entry] = full = OtherCounties[random.Next(OtherCounties.Length)];
            bool shortForm = m.Name.Owners[0].Kind == NameKind.Short;
            sb.Remove(m.Start, m.Length).Insert(m.Start, shortForm ? full[..^1] : full);
        }
        return sb.ToString();
    }

    static ((string Name, string Title, string Body) A, (string Name, string Title, string Body) B) TwoDifferent(
        List<(string Name, string Title, string Body)> bases, Random random)
    {
        int i = random.Next(bases.Count), j;
        do j = random.Next(bases.Count); while (j == i);
        return (bases[i], bases[j]);
    }

    /// <summary>The corpus holds republished pairs itself; those are never "unrelated".</summary>
    static bool NearCopy(string a, string b)
    {
        var hasher = new MinHasher();
        return MinHasher.Similarity(hasher.Signature(BodyNormalizer.Normalize(a)), hasher.Signature(BodyNormalizer.Normalize(b))) > 0.2;
    }

    static IEnumerable<(string Name, string Title, string Body)> LoadBodies(string corpusDir)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(corpusDir, "expected"), "*.json").Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            var root = doc.RootElement;
            if (root.GetProperty("status").GetString() != "ok" || root.GetProperty("body").ValueKind != JsonValueKind.Array) continue;
            var body = string.Join('\n', root.GetProperty("body").EnumerateArray().Select(p => p.GetString()));
            if (body.Length < 80) continue;
            yield return (Path.GetFileNameWithoutExtension(file), root.GetProperty("title").GetString() ?? "", body);
        }
    }
}
