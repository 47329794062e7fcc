namespace PressMine.Segment;

/// <summary>
/// PressMine's segmenter: jieba precise mode with the domain dictionary, whitespace dropped, characters outside the
/// BMP whole, offsets into the text. By default it cuts with <see cref="FastJieba"/> (Python jieba's output, several
/// times faster); <see cref="SegmenterEngine.JiebaNet"/> cuts with the jieba.NET library instead. POS tags always come
/// from jieba.NET, loaded on first use. One user dictionary per process (jieba.NET's dictionary is process-wide).
/// </summary>
public sealed class ChineseSegmenter
{
    internal const string CheckSentence = "中央第三生态环境保护督察组进驻后";
    static readonly string[] CheckExpected = ["中央", "第三", "生态", "环境保护", "督察组", "进驻", "后"];

    static readonly object InitLock = new();
    static string? sharedUserDictionary;
    static bool sharedDecided;
    static readonly Dictionary<SegmenterEngine, ChineseSegmenter> SharedByEngine = [];
    static Lazy<JiebaNetSegmenter>? jiebaNet;

    readonly FastJieba? fast;

    ChineseSegmenter(SegmenterEngine engine, string? userDictionary, FastJieba? fast)
    {
        Engine = engine;
        UserDictionary = userDictionary;
        this.fast = fast;
    }

    internal SegmenterEngine Engine { get; }
    internal string? UserDictionary { get; }

    internal static string ResourceDirectory => Path.Combine(AppContext.BaseDirectory, "Resources");

    /// <summary>
    /// The process-wide segmenter with the given user dictionary, by default the domain dictionary
    /// corpus/dict/userdict.txt; the first caller decides, a later caller asking for another dictionary fails.
    /// </summary>
    public static ChineseSegmenter Shared(string? userDictionary = null, SegmenterEngine engine = SegmenterEngine.Fast)
    {
        userDictionary = userDictionary is null ? CorpusLocator.DataFile("dict", "userdict.txt") : Path.GetFullPath(userDictionary);
        lock (InitLock)
        {
            if (!sharedDecided)
            {
                RequireResources(userDictionary);
                sharedUserDictionary = userDictionary;
                sharedDecided = true;
                var dict = userDictionary;
                jiebaNet = new Lazy<JiebaNetSegmenter>(() => new JiebaNetSegmenter(ResourceDirectory, dict));
            }
            else if (userDictionary is not null && sharedUserDictionary != userDictionary)
                throw new SegmenterException("jieba.NET's dictionary is process-wide: a second user dictionary cannot be loaded.");
            if (!SharedByEngine.TryGetValue(engine, out var segmenter))
            {
                var fastCutter = engine == SegmenterEngine.Fast ? LoadFast(sharedUserDictionary, JiebaFlavor.Python) : null;
                segmenter = new ChineseSegmenter(engine, sharedUserDictionary, fastCutter);
                if (engine == SegmenterEngine.JiebaNet) _ = jiebaNet!.Value;
                SharedByEngine[engine] = segmenter;
            }
            return segmenter;
        }
    }

    /// <summary>The process-wide segmenter with whichever user dictionary the process already chose (else the default).</summary>
    public static ChineseSegmenter SharedAsChosen()
    {
        string? chosen;
        lock (InitLock) chosen = sharedDecided ? sharedUserDictionary : null;
        return Shared(chosen);
    }

    /// <summary>A fast segmenter of the given flavor, independent of the process-wide one (no POS tags).</summary>
    internal static FastJieba LoadFast(string? userDictionary, JiebaFlavor flavor)
    {
        RequireResources(userDictionary);
        var dir = ResourceDirectory;
        var dictionary = JiebaDictionary.Load(Path.Combine(dir, "dict.txt"), flavor);
        var hmm = HmmModel.Load(Path.Combine(dir, "prob_trans.json"), Path.Combine(dir, "prob_emit.json"), flavor);
        var cutter = new FastJieba(dictionary, hmm);
        SelfCheck("fast jieba", cutter.Cut(CheckSentence).Select(t => t.Text).ToArray()); // main dictionary alone
        if (userDictionary is not null) dictionary.AddUserDictionary(userDictionary);
        return cutter;
    }

    static void RequireResources(string? userDictionary)
    {
        foreach (var file in new[] { "dict.txt", "prob_trans.json", "prob_emit.json" })
            if (!File.Exists(Path.Combine(ResourceDirectory, file)))
                throw new SegmenterException($"jieba resource not found: {ResourceDirectory}/{file}; the build copies it to bin/Resources.");
        if (userDictionary is not null && !File.Exists(userDictionary))
            throw new SegmenterException($"user dictionary not found: {userDictionary}");
    }

    internal static void SelfCheck(string what, string[] got)
    {
        if (!got.SequenceEqual(CheckExpected))
            throw new SegmenterException(
                $"{what} self-check failed: '{CheckSentence}' cut as '{string.Join('/', got)}'; the dictionary is missing or broken.");
    }

    /// <summary>Cuts <paramref name="text"/> in precise mode; whitespace is dropped, offsets point into <paramref name="text"/>.</summary>
    public List<Token> Cut(string text, bool hmm = true) => fast is not null ? fast.Cut(text, hmm) : jiebaNet!.Value.Cut(text, hmm);

    /// <summary>Words with their part-of-speech tags from jieba.NET (tag set n, v, ns, m, …); whitespace dropped.</summary>
    public List<(string Word, string Tag)> CutWithTags(string text, bool hmm = true) => jiebaNet!.Value.CutWithTags(text, hmm);
}

/// <summary>The segmenter cannot be set up: a jieba resource or the user dictionary is missing or malformed, its self-check sentence cuts wrongly, or the process already loaded another user dictionary.</summary>
public sealed class SegmenterException(string message) : Exception(message);
