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
        var body = clean.Body;
        var words = document.BodyWords is { } cut && cut.Segmenter == segmenter && string.Equals(cut.Text, body, StringComparison.Ordinal)
            ? cut.Words
            : segmenter.Cut(body).ConvertAll(t => t.Text);
        return document with { Tokens = string.Join(' ', words) };
    }
}

/// <summary>A text and its words as <paramref name="Segmenter"/> cut it, for a later step that would cut it again.</summary>
sealed record SegmentedText(ChineseSegmenter Segmenter, string Text, IReadOnlyList<string> Words);
