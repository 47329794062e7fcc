using PressMine.Segment;

namespace PressMine.Pipeline;

/// <summary>Segments the cleaned body with jieba and the domain dictionary (the tokens table).</summary>
public sealed class SegmentStep(ChineseSegmenter segmenter, string? userDictionary = null) : IPipelineStep
{
    /// <inheritdoc/>
    public string Name => "segment";

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, string> Options => new Dictionary<string, string>
    {
        ["user_dict"] = userDictionary ?? "bundled",
    };

    /// <inheritdoc/>
    public Document Process(Document document)
    {
        if (document.Cleaned is not { } clean) return document;
        return document with { Tokens = string.Join(' ', segmenter.Cut(clean.Body).Select(t => t.Text)) };
    }
}
