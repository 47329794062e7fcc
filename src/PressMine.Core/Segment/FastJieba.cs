using System.Runtime.CompilerServices;
namespace PressMine.Segment;

/// <summary>
/// jieba's precise mode reimplemented over spans: blocks by jieba's re_han_default class, a max-probability
/// route over the dictionary trie (no DAG or substrings materialised), HMM for runs of single characters the
/// dictionary does not know, and jieba's handling of the rest — same output as the chosen flavor of jieba.
/// Thread-safe: the dictionary and model are read-only; scratch buffers are per thread.
/// </summary>
internal sealed class FastJieba(JiebaDictionary dictionary, HmmModel? hmmModel)
{
    static readonly string?[] SingleChars = new string?[65536];

    [ThreadStatic] static double[]? routeScores;
    [ThreadStatic] static int[]? routeEnds;
    [ThreadStatic] static List<(int Start, int End)>? spanBuffer;

    readonly PrefixTrie trie = dictionary.Trie;

    public JiebaDictionary Dictionary => dictionary;
    readonly bool longestWinsTie = dictionary.Flavor == JiebaFlavor.Python;
    readonly bool middleDotInBlocks = dictionary.Flavor == JiebaFlavor.JiebaNet;

    /// <summary>Words of <paramref name="text"/> with offsets; whitespace dropped, characters outside the BMP whole.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // skip tier-0: no cold-start penalty
    public List<Token> Cut(string text, bool hmm = true)
    {
        if (hmm && hmmModel is null) throw new InvalidOperationException("no HMM model loaded");
        var tokens = new List<Token>(text.Length / 2 + 1);
        var spans = spanBuffer ??= new List<(int, int)>(256);
        int n = text.Length;
        for (int i = 0; i < n;)
        {
            char c = text[i];
            if (InBlock(c))
            {
                int j = i + 1;
                while (j < n && InBlock(text[j])) j++;
                spans.Clear();
                CutBlock(text, i, j, hmm, spans);
                foreach (var (start, end) in spans) tokens.Add(MakeToken(text, start, end));
                i = j;
            }
            else if (char.IsWhiteSpace(c)) i++;
            else
            {
                int width = char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                tokens.Add(MakeToken(text, i, i + width));
                i += width;
            }
        }
        return tokens;
    }

    // re_han_default: [\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-], and jieba.NET adds '·'.
    bool InBlock(char c) =>
        (c >= '\u4E00' && c <= '\u9FD5') || char.IsAsciiLetterOrDigit(c) ||
        c is '+' or '#' or '&' or '.' or '_' or '%' or '-' || (c == '·' && middleDotInBlocks);

    static bool IsHan(char c) => c >= '\u4E00' && c <= '\u9FD5';

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // skip tier-0: no cold-start penalty
    static Token MakeToken(string text, int start, int end)
    {
        if (end - start == 1)
        {
            char c = text[start];
            return new Token(SingleChars[c] ??= c.ToString(), start, end);
        }
        return new Token(text.Substring(start, end - start), start, end);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // skip tier-0: no cold-start penalty
    void CutBlock(string text, int start, int end, bool hmm, List<(int, int)> spans)
    {
        int n = end - start;
        var scores = routeScores is { } s && s.Length > n ? s : routeScores = new double[Math.Max(n + 1, 1024)];
        var ends = routeEnds is { } e && e.Length > n ? e : routeEnds = new int[Math.Max(n + 1, 1024)];
        var block = text.AsSpan(start, n);
        BestRoute(block, scores, ends);
        if (hmm) EmitWithHmm(block, start, ends, spans);
        else EmitWithoutHmm(block, start, ends, spans);
    }

    /// <summary>jieba's calc(): route[i] = max over words w = block[i..x] of log(freq(w)) − log(total) + route[x+1].</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // skip tier-0: no cold-start penalty
    void BestRoute(ReadOnlySpan<char> block, double[] scores, int[] ends)
    {
        int n = block.Length;
        scores[n] = 0;
        double single = -dictionary.LogTotal; // log(1) − log(total), for a character that is no word
        for (int i = n - 1; i >= 0; i--)
        {
            double best = double.NegativeInfinity;
            int bestEnd = -1;
            int node = 0;
            for (int x = i; x < n; x++)
            {
                node = trie.Child(node, block[x]);
                if (node == 0) break;
                if (trie.Frequency(node) <= 0) continue;
                double candidate = dictionary.Score(node) + scores[x + 1];
                // Python: max over (score, x) → the longest word on a tie; jieba.NET: strict `<` → the shortest.
                if (candidate > best || (longestWinsTie && candidate == best)) { best = candidate; bestEnd = x + 1; }
            }
            if (bestEnd < 0) { best = single + scores[i + 1]; bestEnd = i + 1; }
            scores[i] = best;
            ends[i] = bestEnd;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // skip tier-0: no cold-start penalty
    void EmitWithHmm(ReadOnlySpan<char> block, int offset, int[] ends, List<(int, int)> spans)
    {
        int bufferStart = -1;
        for (int x = 0; x < block.Length;)
        {
            int y = ends[x];
            if (y - x == 1) { if (bufferStart < 0) bufferStart = x; }
            else
            {
                if (bufferStart >= 0) { FlushSingles(block, offset, bufferStart, x, spans); bufferStart = -1; }
                spans.Add((offset + x, offset + y));
            }
            x = y;
        }
        if (bufferStart >= 0) FlushSingles(block, offset, bufferStart, block.Length, spans);
    }

    /// <summary>A run of single-character route steps: one char as is; a dictionary word char by char; else finalseg.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // skip tier-0: no cold-start penalty
    void FlushSingles(ReadOnlySpan<char> block, int offset, int from, int to, List<(int, int)> spans)
    {
        if (to - from == 1) { spans.Add((offset + from, offset + to)); return; }
        if (trie.Frequency(block[from..to]) > 0)
        {
            for (int k = from; k < to; k++) spans.Add((offset + k, offset + k + 1));
            return;
        }
        FinalSeg(block[from..to], offset + from, spans);
    }

    /// <summary>jieba's finalseg.cut: Chinese runs through the HMM, the rest split by re_skip ([a-zA-Z0-9]+(\.\d+)?%?).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // skip tier-0: no cold-start penalty
    void FinalSeg(ReadOnlySpan<char> run, int offset, List<(int, int)> spans)
    {
        int n = run.Length;
        for (int i = 0; i < n;)
        {
            int j = i + 1;
            if (IsHan(run[i]))
            {
                while (j < n && IsHan(run[j])) j++;
                hmmModel!.Cut(run[i..j], offset + i, spans);
            }
            else if (char.IsAsciiLetterOrDigit(run[i]))
            {
                while (j < n && char.IsAsciiLetterOrDigit(run[j])) j++;
                if (j + 1 < n && run[j] == '.' && char.IsAsciiDigit(run[j + 1]))
                {
                    j += 2;
                    while (j < n && char.IsAsciiDigit(run[j])) j++;
                }
                if (j < n && run[j] == '%') j++;
                spans.Add((offset + i, offset + j));
            }
            else
            {
                // Text between re_skip matches stays one piece, up to the next Chinese character or ASCII letter/digit.
                while (j < n && !IsHan(run[j]) && !char.IsAsciiLetterOrDigit(run[j])) j++;
                spans.Add((offset + i, offset + j));
            }
            i = j;
        }
    }

    /// <summary>jieba's __cut_DAG_NO_HMM: route words, with consecutive single ASCII letters/digits joined.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // skip tier-0: no cold-start penalty
    static void EmitWithoutHmm(ReadOnlySpan<char> block, int offset, int[] ends, List<(int, int)> spans)
    {
        int latinStart = -1;
        for (int x = 0; x < block.Length;)
        {
            int y = ends[x];
            if (y - x == 1 && char.IsAsciiLetterOrDigit(block[x])) { if (latinStart < 0) latinStart = x; }
            else
            {
                if (latinStart >= 0) { spans.Add((offset + latinStart, offset + x)); latinStart = -1; }
                spans.Add((offset + x, offset + y));
            }
            x = y;
        }
        if (latinStart >= 0) spans.Add((offset + latinStart, offset + block.Length));
    }
}
