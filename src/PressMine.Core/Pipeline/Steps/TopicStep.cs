using PressMine.Extract.Topic;

namespace PressMine.Pipeline;

/// <summary>Labels a cleaned article as supervision news or other news (see <see cref="TopicModel"/>).</summary>
public sealed class TopicStep(TopicModel model) : IPipelineStep
{
    /// <inheritdoc/>
    public string Name => "topic";

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, string> Options => new Dictionary<string, string> { ["model"] = TopicModel.DefaultFileName };

    /// <inheritdoc/>
    public Document Process(Document document)
    {
        if (document.Cleaned is not { } clean) return document;
        // Title and body cut apart, so the body's words are left for the segment step instead of a second cut.
        var bodyWords = model.Words(clean.Body);
        var (label, score) = model.Predict(model.Words(clean.Title), bodyWords);
        return document with { Topic = (label, score), BodyWords = new SegmentedText(model.Segmenter, clean.Body, bodyWords) };
    }
}
