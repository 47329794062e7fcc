using System.Runtime.CompilerServices;
using System.Text.Json;

namespace PressMine.Segment;

/// <summary>
/// jieba's finalseg HMM (states B, M, E, S) for runs of characters the dictionary does not join:
/// start/transition/emission log probabilities from jieba.NET's prob_trans.json and prob_emit.json,
/// Viterbi with the chosen flavor's tie-breaking. Read-only after loading.
/// </summary>
internal sealed class HmmModel
{
    const int B = 0, M = 1, E = 2, S = 3;
    const double MinFloat = -3.14e100; // jieba's MIN_FLOAT, used for unseen characters and transitions
    static readonly double[] Start = [-0.26268660809250016, MinFloat, MinFloat, -1.4652633398537678];
    // Possible previous states of each state, in jieba's PrevStatus order.
    static readonly int[][] Previous = [[E, S], [M, B], [B, M], [S, E]];

    readonly double[][] emit; // [state][char]
    readonly double[,] trans = new double[4, 4];
    readonly bool[] secondWinsTie; // per state: on equal scores, take Previous[state][1]
    readonly bool finalPrefersS;

    HmmModel(double[][] emit, JiebaFlavor flavor)
    {
        this.emit = emit;
        // Python: max over (prob, state letter) → the later letter; jieba.NET: `<=` over the list → the second entry.
        secondWinsTie = flavor == JiebaFlavor.Python ? [true, false, true, false] : [true, true, true, true];
        finalPrefersS = flavor == JiebaFlavor.Python;
    }

    static int StateIndex(string name) => name switch
    {
        "B" => B, "M" => M, "E" => E, "S" => S,
        _ => throw new SegmenterException($"unknown HMM state '{name}'"),
    };

    public static HmmModel Load(string transFile, string emitFile, JiebaFlavor flavor)
    {
        var emit = new double[4][];
        for (int s = 0; s < 4; s++) { emit[s] = new double[65536]; Array.Fill(emit[s], MinFloat); }
        using (var doc = JsonDocument.Parse(File.ReadAllBytes(emitFile)))
            foreach (var state in doc.RootElement.EnumerateObject())
                foreach (var ch in state.Value.EnumerateObject())
                    emit[StateIndex(state.Name)][ch.Name[0]] = ch.Value.GetDouble();
        var model = new HmmModel(emit, flavor);
        for (int a = 0; a < 4; a++) for (int b = 0; b < 4; b++) model.trans[a, b] = MinFloat;
        using (var doc = JsonDocument.Parse(File.ReadAllBytes(transFile)))
            foreach (var from in doc.RootElement.EnumerateObject())
                foreach (var to in from.Value.EnumerateObject())
                    model.trans[StateIndex(from.Name), StateIndex(to.Name)] = to.Value.GetDouble();
        return model;
    }

    /// <summary>Cuts text[start..end) (Chinese characters only) and adds each word's span to <paramref name="spans"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // skip tier-0: no cold-start penalty
    public void Cut(ReadOnlySpan<char> text, int offset, List<(int Start, int End)> spans)
    {
        int n = text.Length;
        Span<double> previous = stackalloc double[4], current = stackalloc double[4];
        byte[] back = new byte[n * 4];
        for (int s = 0; s < 4; s++) previous[s] = Start[s] + emit[s][text[0]];
        for (int t = 1; t < n; t++)
        {
            char c = text[t];
            for (int s = 0; s < 4; s++)
            {
                double em = emit[s][c];
                int p0 = Previous[s][0], p1 = Previous[s][1];
                double v0 = previous[p0] + trans[p0, s] + em, v1 = previous[p1] + trans[p1, s] + em;
                bool takeSecond = secondWinsTie[s] ? v1 >= v0 : v1 > v0;
                current[s] = takeSecond ? v1 : v0;
                back[t * 4 + s] = (byte)(takeSecond ? p1 : p0);
            }
            current.CopyTo(previous);
        }
        int state = finalPrefersS ? (previous[S] >= previous[E] ? S : E) : (previous[E] < previous[S] ? S : E);
        Span<byte> path = n <= 512 ? stackalloc byte[n] : new byte[n];
        for (int t = n - 1; t >= 0; t--)
        {
            path[t] = (byte)state;
            state = back[t * 4 + state];
        }
        int begin = 0, next = 0;
        for (int t = 0; t < n; t++)
        {
            switch (path[t])
            {
                case B: begin = t; break;
                case E: spans.Add((offset + begin, offset + t + 1)); next = t + 1; break;
                case S: spans.Add((offset + t, offset + t + 1)); next = t + 1; break;
            }
        }
        if (next < n) spans.Add((offset + next, offset + n));
    }
}
