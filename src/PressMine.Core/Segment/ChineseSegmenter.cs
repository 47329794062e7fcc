using JiebaNet.Segmenter;
using JiebaNet.Segmenter.PosSeg;

namespace PressMine.Segment;

/// <summary>
/// jieba.NET behind a safe face: dictionaries loaded once before any concurrent use, a self-check that
/// fails loudly, surrogate pairs kept whole, whitespace dropped, offsets into the original text.
/// jieba.NET's dictionary is process-wide, so there is one instance per process (<see cref="Shared"/>).
/// </summary>
public sealed class ChineseSegmenter
{
    const string CheckSentence = "中央第三生态环境保护督察组进驻后";
    static readonly string[] CheckExpected = ["中央", "第三", "生态", "环境保护", "督察组", "进驻", "后"];

    static readonly object InitLock = new();
    static ChineseSegmenter? shared;

    readonly JiebaSegmenter jieba;
    readonly PosSegmenter posSegmenter;

    ChineseSegmenter(string resourceDir, string? userDictionary)
    {
        if (!File.Exists(Path.Combine(resourceDir, "dict.txt")))
            throw new SegmenterException($"jieba dictionary not found at {resourceDir}/dict.txt; the build copies it to bin/Resources.");
        ConfigManager.ConfigFileBaseDir = resourceDir;
        jieba = new JiebaSegmenter();
        SelfCheck();
        if (userDictionary is not null)
        {
            if (!File.Exists(userDictionary))
                throw new SegmenterException($"user dictionary not found: {userDictionary}");
            jieba.LoadUserDict(userDictionary);
        }
        UserDictionary = userDictionary;
        posSegmenter = new PosSegmenter(jieba);
        // The first PosSegmenter.Cut merges user-word tags into a static table (a write); do it before any concurrent use.
        _ = posSegmenter.Cut(CheckSentence).ToList();
    }

    public string? UserDictionary { get; }

    /// <summary>
    /// The process-wide segmenter with the given user dictionary, by default the domain dictionary
    /// corpus/dict/userdict.txt; the first caller decides, a later caller asking for another dictionary fails.
    /// </summary>
    public static ChineseSegmenter Shared(string? userDictionary = null)
    {
        userDictionary = userDictionary is null ? CorpusLocator.DataFile("dict", "userdict.txt") : Path.GetFullPath(userDictionary);
        lock (InitLock)
        {
            if (shared is null)
                shared = new ChineseSegmenter(Path.Combine(AppContext.BaseDirectory, "Resources"), userDictionary);
            else if (userDictionary is not null && shared.UserDictionary != userDictionary)
                throw new SegmenterException("jieba.NET's dictionary is process-wide: a second user dictionary cannot be loaded.");
            return shared;
        }
    }

    void SelfCheck()
    {
        var got = jieba.Cut(CheckSentence).ToArray();
        if (!got.SequenceEqual(CheckExpected))
            throw new SegmenterException(
                $"jieba self-check failed: '{CheckSentence}' cut as '{string.Join('/', got)}'; the dictionary is missing or broken.");
    }

    /// <summary>Cuts <paramref name="text"/> in precise mode; whitespace is dropped, offsets point into <paramref name="text"/>.</summary>
    public List<Token> Cut(string text, bool hmm = true)
    {
        var tokens = new List<Token>();
        int pos = 0;
        string? pendingHigh = null;
        int pendingStart = 0;
        foreach (var word in jieba.Cut(text, cutAll: false, hmm: hmm))
        {
            int start = pos;
            pos += word.Length;
            // jieba.NET splits characters outside the BMP into lone surrogates; join them back.
            if (pendingHigh is not null)
            {
                if (word.Length > 0 && char.IsLowSurrogate(word[0]))
                {
                    AddIfWord(tokens, pendingHigh + word, pendingStart);
                    pendingHigh = null;
                    continue;
                }
                AddIfWord(tokens, pendingHigh, pendingStart);
                pendingHigh = null;
            }
            if (word.Length > 0 && char.IsHighSurrogate(word[^1]))
            {
                pendingHigh = word;
                pendingStart = start;
                continue;
            }
            AddIfWord(tokens, word, start);
        }
        if (pendingHigh is not null) AddIfWord(tokens, pendingHigh, pendingStart);
        return tokens;
    }

    /// <summary>Words with their part-of-speech tags (jieba's tag set: n, v, ns, m, …); whitespace dropped.</summary>
    public List<(string Word, string Tag)> CutWithTags(string text, bool hmm = true) =>
        posSegmenter.Cut(text, hmm).Where(p => !string.IsNullOrWhiteSpace(p.Word)).Select(p => (p.Word, p.Flag)).ToList();

    static void AddIfWord(List<Token> tokens, string word, int start)
    {
        if (string.IsNullOrWhiteSpace(word)) return; // also drops U+3000, which IsWhiteSpace covers
        tokens.Add(new Token(word, start, start + word.Length));
    }
}

public sealed class SegmenterException(string message) : Exception(message);
