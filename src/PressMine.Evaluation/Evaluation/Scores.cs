namespace PressMine.Evaluation;

/// <summary>Precision/recall/F1 from true positives, predicted and expected counts (micro-averaged when summed).</summary>
public readonly record struct Prf(double TruePositives, double Predicted, double Expected)
{
    /// <summary>Share of predicted units that are right; 1 when nothing was predicted and nothing expected, 0 when nothing was predicted but something was expected.</summary>
    public double Precision => Predicted == 0 ? (Expected == 0 ? 1 : 0) : TruePositives / Predicted;
    /// <summary>Share of expected units that were predicted; 1 when nothing was expected.</summary>
    public double Recall => Expected == 0 ? 1 : TruePositives / Expected;
    /// <summary>Harmonic mean of <see cref="Precision"/> and <see cref="Recall"/>; 0 when both are 0.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    /// <summary>Pools two counts (micro-averaging): the three counts are added, not the ratios.</summary>
    public static Prf operator +(Prf a, Prf b) => new(a.TruePositives + b.TruePositives, a.Predicted + b.Predicted, a.Expected + b.Expected);
}

internal static class TextOverlap
{
    /// <summary>Character-level overlap of two texts as the length of their longest common subsequence (whitespace ignored).</summary>
    public static Prf Characters(string predicted, string expected)
    {
        var p = predicted.Where(c => !char.IsWhiteSpace(c)).ToArray();
        var e = expected.Where(c => !char.IsWhiteSpace(c)).ToArray();
        return new Prf(LongestCommonSubsequence(p, e), p.Length, e.Length);
    }

    static int LongestCommonSubsequence(char[] a, char[] b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        foreach (var ca in a)
        {
            for (int j = 1; j <= b.Length; j++)
                current[j] = ca == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
