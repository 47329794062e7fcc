namespace PressMine.Bench;

/// <summary>Deterministic Chinese report-like text for benchmarks, built from the corpus pages when present.</summary>
public static class BenchText
{
    static readonly string[] Fallback =
    [
        "连日来，县安委会督查组深入各乡镇开展安全生产大检查，共检查企业86家次，排查隐患213处，已整改隐患198处。",
        "截至11月20日，督导组共发现问题124个，已整改到位114个，下发督办通知12期。",
        "督查组要求各地压实主体责任，对发现的问题建立台账，限期整改销号，确保安全形势持续稳定。",
    ];

    public static string[] Lines(int count)
    {
        var source = Fallback;
        var corpus = CorpusLocator.FindCorpusDirectory();
        if (corpus is not null)
        {
            var fromCorpus = Directory.EnumerateFiles(Path.Combine(corpus, "pages"), "*.txt")
                .SelectMany(File.ReadLines).Select(l => l.Trim()).Where(l => l.Length > 40).ToArray();
            if (fromCorpus.Length > 0) source = fromCorpus;
        }
        return Enumerable.Range(0, count).Select(i => source[i % source.Length]).ToArray();
    }
}
