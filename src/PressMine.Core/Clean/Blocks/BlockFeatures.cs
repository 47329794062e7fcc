using AngleSharp.Dom;

// In the Clean namespace itself (not Clean.Blocks): PageCleaner defaults to the shipped chooser, and a sub-namespace
// would make Clean and Clean.Blocks use each other.
namespace PressMine.Clean;

/// <summary>One candidate block of a page (a rendered line) and the features the block classifier reads.</summary>
internal sealed record BlockCandidate(int Index, HtmlLine Line, bool RuleKept, float[] Features);

/// <summary>
/// The features of every rendered line of a page: the rules' own signals (line kind, content region, the rules'
/// choice) and DOM ones (text, link and punctuation density in CJK characters, tag, depth, class/id hints, position,
/// neighbours, parent block). Computed from an <see cref="HtmlAnalysis"/>, so training and cleaning see the same page.
/// </summary>
internal sealed class BlockFeatures
{
    public const int Count = 44;
    private const int MaxWalk = 60;
    private const int HintWalk = 12;

    private readonly HtmlAnalysis _page;
    private readonly HashSet<HtmlLine> _inContent;
    private readonly bool[] _kept;
    private readonly string?[] _keys;
    private readonly string? _titleKey;
    private readonly int _titleAt, _firstKept, _lastKept;
    private readonly Dictionary<IElement, Totals> _parents;
    private readonly Dictionary<string, int> _firstWithKey = new(StringComparer.Ordinal);

    /// <summary>
    /// What every block's features share (the rules' choice, the headline's line, parent totals, repeated texts),
    /// read once; each block's own features are computed when asked for (<see cref="Of"/>), so a chooser that needs
    /// the model's opinion of a few blocks pays for those only.
    /// </summary>
    public BlockFeatures(HtmlAnalysis page)
    {
        _page = page;
        var all = page.All;
        _inContent = page.Content.ToHashSet();
        _kept = RuleKept(page, _inContent);
        _titleKey = page.Title is null ? null : TextNormalizer.Key(page.Title);
        _keys = new string?[all.Count];
        _titleAt = -1;
        for (int i = 0; i < all.Count; i++)
        {
            // Keys of short texts are never compared for repeats (f[39]); the headline search still needs them.
            if (all[i].Text.Length >= 10 || _titleAt < 0 && _titleKey is not null) _keys[i] = TextNormalizer.Key(all[i].Text);
            if (_titleAt < 0 && _titleKey is not null && _keys[i] == _titleKey) _titleAt = i;
            if (_keys[i] is { Length: >= 10 } key) _firstWithKey.TryAdd(key, i);
        }
        (_firstKept, _lastKept) = (Array.IndexOf(_kept, true), Array.LastIndexOf(_kept, true));
        _parents = ElementTotals(page);
    }

    /// <summary>Every block of the page with all its features (training, cross-validation, tests).</summary>
    public static IReadOnlyList<BlockCandidate> Extract(HtmlAnalysis page)
    {
        var features = new BlockFeatures(page);
        var result = new List<BlockCandidate>(page.All.Count);
        for (int i = 0; i < page.All.Count; i++) result.Add(new BlockCandidate(i, page.All[i], features.IsRuleKept(i), features.Of(i)));
        return result;
    }

    /// <summary>Whether the rules put block <paramref name="i"/> in the body.</summary>
    public bool IsRuleKept(int i) => _kept[i];

    /// <summary>The classifier's features of block <paramref name="i"/>.</summary>
    public float[] Of(int i)
    {
        var (page, all, kept) = (_page, _page.All, _kept);
        int n = all.Count;
        var line = all[i];
        var text = line.Text;
        int cjk = TextNormalizer.CjkCount(text);
        var f = new float[Count];
        f[0] = Log(cjk);
        f[1] = Log(text.Length);
        f[2] = TextNormalizer.SentencePunctuation(text) / (float)Math.Max(1, cjk);
        f[3] = (float)line.LinkDensity;
        f[4] = text[^1] is '。' or '！' or '？' or '!' or '?' or '”' or '…' or '；' ? 1 : 0;
        f[5] = text.Contains('。') ? 1 : 0;
        f[6 + (int)page.Kinds[i]] = 1; // 6..11
        f[12] = _inContent.Contains(line) ? 1 : 0;
        f[13] = kept[i] ? 1 : 0;
        f[14 + TagClass(line.Block.LocalName)] = 1; // 14..19
        f[20] = Depth(line.Block) / 30f;
        (f[21], f[22]) = Hints(line.Block);
        f[23] = i / (float)n;
        f[24] = _titleAt < 0 ? 0 : (i - _titleAt) / (float)n;
        f[25] = _titleAt < 0 ? 1 : 0;
        f[26] = _firstKept < 0 ? 0 : (i - _firstKept) / (float)n;
        f[27] = _lastKept < 0 ? 0 : (i - _lastKept) / (float)n;
        var parent = line.Block.ParentElement is { } pe && _parents.TryGetValue(pe, out var pt) ? pt : default;
        f[28] = Log(parent.Chars);
        f[29] = parent.Chars == 0 ? 0 : parent.Links / (float)parent.Chars;
        f[30] = Log(parent.Lines);
        f[31] = parent.Lines == 0 ? 0 : parent.BodyLines / (float)parent.Lines;
        var own = _parents.GetValueOrDefault(line.Block);
        f[32] = Log(own.Lines);
        f[33] = i > 0 && page.Kinds[i - 1] == LineKind.Body ? 1 : 0;
        f[34] = i + 1 < n && page.Kinds[i + 1] == LineKind.Body ? 1 : 0;
        f[35] = i > 0 && kept[i - 1] ? 1 : 0;
        f[36] = i + 1 < n && kept[i + 1] ? 1 : 0;
        f[37] = i > 0 && all[i - 1].Block.ParentElement == line.Block.ParentElement ? 1 : 0;
        f[38] = i + 1 < n && all[i + 1].Block.ParentElement == line.Block.ParentElement ? 1 : 0;
        var key = _keys[i] ?? TextNormalizer.Key(text);
        f[39] = key.Length >= 10 && _firstWithKey[key] < i ? 1 : 0; // the text repeats an earlier block's
        f[40] = _titleKey is not null && key.StartsWith(_titleKey, StringComparison.Ordinal) ? 1 : 0;
        f[41] = PublishTimeParser.FindInText(text) is not null ? 1 : 0;
        f[42] = TrailingCredits.IsCreditLine(text) ? 1 : 0;
        f[43] = Within(line.Block, "td") ? 1 : Within(line.Block, "li") ? 0.5f : 0;
        return f;
    }

    /// <summary>Which lines the rules put in the body: content lines whose text the rules' body holds, each paragraph used once.</summary>
    private static bool[] RuleKept(HtmlAnalysis page, HashSet<HtmlLine> inContent)
    {
        var wanted = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in page.RuleBody) wanted[p] = wanted.GetValueOrDefault(p) + 1;
        var kept = new bool[page.All.Count];
        for (int i = 0; i < kept.Length; i++)
            if (inContent.Contains(page.All[i]) && wanted.TryGetValue(page.All[i].Text, out var left) && left > 0)
            {
                wanted[page.All[i].Text] = left - 1;
                kept[i] = true;
            }
        return kept;
    }

    private readonly record struct Totals(int Chars, int Links, int Lines, int BodyLines);

    private static Dictionary<IElement, Totals> ElementTotals(HtmlAnalysis page)
    {
        var totals = new Dictionary<IElement, Totals>();
        for (int i = 0; i < page.All.Count; i++)
        {
            var line = page.All[i];
            int body = page.Kinds[i] == LineKind.Body ? 1 : 0;
            var e = line.Block;
            for (int level = 0; e is not null && level < 2; level++, e = e.ParentElement)
            {
                var t = totals.GetValueOrDefault(e);
                totals[e] = new Totals(t.Chars + line.Chars, t.Links + line.LinkChars, t.Lines + 1, t.BodyLines + body);
            }
        }
        return totals;
    }

    private static int TagClass(string tag) => tag switch
    {
        "p" => 0,
        "div" or "section" or "article" => 1,
        "td" or "th" => 2,
        "li" or "ul" or "ol" or "dd" or "dt" => 3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => 4,
        _ => 5,
    };

    private static int Depth(IElement e)
    {
        int d = 0;
        for (var x = e.ParentElement; x is not null && d < MaxWalk; x = x.ParentElement) d++;
        return d;
    }

    /// <summary>Nearness (1 for the block itself, falling with each level up) of the closest positive and negative class/id hint.</summary>
    private (float Positive, float Negative) Hints(IElement block)
    {
        float positive = 0, negative = 0;
        var e = block;
        for (int level = 0; e is not null && level < HintWalk && (positive == 0 || negative == 0); level++, e = e.ParentElement)
        {
            var (isPositive, isNegative) = _page.Hints.Of(e);
            if (positive == 0 && isPositive) positive = 1f / (1 + level);
            if (negative == 0 && isNegative) negative = 1f / (1 + level);
        }
        return (positive, negative);
    }

    private static bool Within(IElement e, string tag)
    {
        int level = 0;
        for (var x = e; x is not null && level < MaxWalk; x = x.ParentElement, level++)
            if (x.LocalName == tag) return true;
        return false;
    }

    private static float Log(int v) => MathF.Log(1 + v);
}
