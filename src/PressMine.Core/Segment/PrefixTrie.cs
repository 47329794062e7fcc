using System.Runtime.CompilerServices;
namespace PressMine.Segment;

/// <summary>
/// jieba's FREQ table as a trie: every node is a prefix of a dictionary word (jieba stores those with frequency 0),
/// a node whose frequency is &gt; 0 is a word. The first level is a direct array over UTF-16 units; deeper
/// levels live in one open-addressing table keyed by (parent node, char), so walking a prefix costs one probe per char.
/// Built once, then read-only (safe for concurrent readers).
/// </summary>
internal sealed class PrefixTrie
{
    readonly int[] rootChildren = new int[65536];
    long[] keys;
    int[] children;
    int mask, used, shift = 44;
    int[] frequencies = new int[1 << 16];
    int nodeCount = 1; // node 0 is the root

    public PrefixTrie()
    {
        keys = new long[1 << 20];
        children = new int[1 << 20];
        Array.Fill(keys, -1L);
        mask = keys.Length - 1;
    }

    public int NodeCount => nodeCount;

    /// <summary>The child of <paramref name="node"/> along <paramref name="c"/>, or 0 if there is none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // skip tier-0: no cold-start penalty
    public int Child(int node, char c)
    {
        if (node == 0) return rootChildren[c];
        long key = ((long)node << 16) | c;
        for (int slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            long k = keys[slot];
            if (k == key) return children[slot];
            if (k == -1L) return 0;
        }
    }

    public int Frequency(int node) => frequencies[node];

    /// <summary>The frequency of <paramref name="word"/>: 0 when it is only a prefix of words or absent.</summary>
    public int Frequency(ReadOnlySpan<char> word)
    {
        int node = Find(word);
        return node == 0 ? 0 : frequencies[node];
    }

    /// <summary>True when the word or a word it is a prefix of was added (jieba's `word in FREQ`).</summary>
    public bool Contains(ReadOnlySpan<char> word) => Find(word) != 0;

    int Find(ReadOnlySpan<char> word)
    {
        int node = 0;
        foreach (char c in word)
        {
            node = Child(node, c);
            if (node == 0) return 0;
        }
        return node;
    }

    /// <summary>Sets the frequency of <paramref name="word"/>, adding it and its prefixes (frequency 0) when new.</summary>
    public void Set(ReadOnlySpan<char> word, int frequency)
    {
        if (word.IsEmpty) throw new ArgumentException("empty word");
        int node = 0;
        foreach (char c in word) node = GetOrAdd(node, c);
        frequencies[node] = frequency;
    }

    /// <summary>A value per node computed from its frequency (0 for nodes that are not words), for precomputing scores.</summary>
    public double[] Map(Func<int, double> ofFrequency)
    {
        var result = new double[nodeCount];
        for (int n = 1; n < nodeCount; n++) result[n] = frequencies[n] > 0 ? ofFrequency(frequencies[n]) : 0;
        return result;
    }

    int GetOrAdd(int node, char c)
    {
        int existing = Child(node, c);
        if (existing != 0) return existing;
        int child = nodeCount++;
        if (child == frequencies.Length) Array.Resize(ref frequencies, frequencies.Length * 2);
        if (node == 0) { rootChildren[c] = child; return child; }
        if ((used + 1) * 2 > keys.Length) Grow();
        Insert(((long)node << 16) | c, child);
        return child;
    }

    void Insert(long key, int child)
    {
        int slot = Slot(key);
        while (keys[slot] != -1L) slot = (slot + 1) & mask;
        keys[slot] = key;
        children[slot] = child;
        used++;
    }

    void Grow()
    {
        var (oldKeys, oldChildren) = (keys, children);
        keys = new long[oldKeys.Length * 2];
        children = new int[oldKeys.Length * 2];
        Array.Fill(keys, -1L);
        mask = keys.Length - 1;
        shift--;
        used = 0;
        for (int i = 0; i < oldKeys.Length; i++)
            if (oldKeys[i] != -1L) Insert(oldKeys[i], oldChildren[i]);
    }

    int Slot(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> shift);
}
