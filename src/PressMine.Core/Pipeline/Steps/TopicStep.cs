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
        var (label, score) = model.Predict(clean.Title, clean.Body);
        return document with { Topic = (label, score) };
    }
}
