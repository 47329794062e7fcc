using JiebaNet.Segmenter;
using JiebaNet.Segmenter.PosSeg;

namespace PressMine.Segment;

/// <summary>
/// The jieba.NET library behind a safe face: dictionaries loaded once before any concurrent use, surrogate pairs
/// kept whole, whitespace dropped, offsets into the text. Its dictionary is process-wide, so at most one instance
/// exists (<see cref="ChineseSegmenter"/> creates it). Used for POS tags and as the reference for <see cref="FastJieba"/>.
/// </summary>
internal sealed class JiebaNetSegmenter
{
    readonly JiebaSegmenter jieba;
    readonly PosSegmenter posSegmenter;

    internal JiebaNetSegmenter(string resourceDir, string? userDictionary)
    {
        ConfigManager.ConfigFileBaseDir = resourceDir;
        jieba = new JiebaSegmenter();
        ChineseSegmenter.SelfCheck("jieba.NET", jieba.Cut(ChineseSegmenter.CheckSentence).ToArray());
        if (userDictionary is not null) jieba.LoadUserDict(userDictionary);
        posSegmenter = new PosSegmenter(jieba);
        // The first PosSegmenter.Cut merges user-word tags into a static table (a write); do it before any concurrent use.
        _ = posSegmenter.Cut(ChineseSegmenter.CheckSentence).ToList();
    }

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

    public List<(string Word, string Tag)> CutWithTags(string text, bool hmm = true) =>
        posSegmenter.Cut(text, hmm).Where(p => !string.IsNullOrWhiteSpace(p.Word)).Select(p => (p.Word, p.Flag)).ToList();

    static void AddIfWord(List<Token> tokens, string word, int start)
    {
        if (string.IsNullOrWhiteSpace(word)) return; // also drops U+3000, which IsWhiteSpace covers
        tokens.Add(new Token(word, start, start + word.Length));
    }
}
