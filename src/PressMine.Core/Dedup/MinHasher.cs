namespace PressMine.Dedup;

/// <summary>MinHash signatures over character shingles, with fixed seeds so signatures are comparable across runs and shards.</summary>
public sealed class MinHasher
{
    readonly ulong[] seedsA;
    readonly ulong[] seedsB;

    /// <summary>A hasher with this many permutations (the signature's length) over shingles of this many characters; the seeds are fixed, so any two hashers with the same settings agree.</summary>
    public MinHasher(int permutations = 128, int shingle = 5)
    {
        Shingle = shingle;
        seedsA = new ulong[permutations];
        seedsB = new ulong[permutations];
        ulong state = 0x9E3779B97F4A7C15UL;
        for (int i = 0; i < permutations; i++)
        {
            seedsA[i] = SplitMix(ref state) | 1;
            seedsB[i] = SplitMix(ref state);
        }
    }

    internal int Shingle { get; }
    internal int Permutations => seedsA.Length;

    /// <summary>The MinHash signature of a normalized body (<see cref="BodyNormalizer.Normalize"/>); a text shorter than a shingle is one shingle, an empty one gives all uint.MaxValue.</summary>
    public uint[] Signature(string normalized)
    {
        var sig = new uint[seedsA.Length];
        Array.Fill(sig, uint.MaxValue);
        if (normalized.Length == 0) return sig;
        int count = Math.Max(1, normalized.Length - Shingle + 1);
        for (int s = 0; s < count; s++)
        {
            var shingle = normalized.AsSpan(s, Math.Min(Shingle, normalized.Length - s));
            ulong h = Fnv1a(shingle);
            for (int i = 0; i < sig.Length; i++)
            {
                uint v = (uint)((seedsA[i] * h + seedsB[i]) >> 32);
                if (v < sig[i]) sig[i] = v;
            }
        }
        return sig;
    }

    /// <summary>Share of positions where two signatures of the same length agree: an estimate of the shingle sets' Jaccard similarity.</summary>
    public static double Similarity(uint[] a, uint[] b)
    {
        int same = 0;
        for (int i = 0; i < a.Length; i++) if (a[i] == b[i]) same++;
        return (double)same / a.Length;
    }

    static ulong Fnv1a(ReadOnlySpan<char> text)
    {
        ulong h = 14695981039346656037UL;
        foreach (var ch in text) { h ^= ch; h *= 1099511628211UL; }
        return h;
    }

    static ulong SplitMix(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
