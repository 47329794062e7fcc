namespace PressMine.Segment;

/// <summary>
/// Which jieba the fast segmenter reproduces bit for bit. The two agree except in rare cases:
/// exact ties in the route DP (Python takes the longest word, jieba.NET the shortest) and in the HMM
/// (different state preferences), the block class (jieba.NET also keeps '·' in Chinese blocks), and the
/// dictionary total when a user word is already in the dictionary (Python adds its frequency again,
/// jieba.NET replaces it) — which shifts every route score slightly.
/// </summary>
public enum JiebaFlavor
{
    /// <summary>Python jieba 0.42.1, precise mode — the reference the project's outputs are checked against.</summary>
    Python,
    /// <summary>jieba.NET 0.42.2 (Cut), used to check the fast segmenter against the wrapped library.</summary>
    JiebaNet,
}

/// <summary>Which implementation <see cref="ChineseSegmenter"/> cuts with.</summary>
public enum SegmenterEngine
{
    /// <summary>PressMine's own precise-mode jieba over spans (<see cref="FastJieba"/>), Python flavor.</summary>
    Fast,
    /// <summary>The jieba.NET library itself (the reference implementation; slower).</summary>
    JiebaNet,
}
