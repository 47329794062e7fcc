namespace PressMine.Pipeline;

/// <summary>Keeps the documents <paramref name="keep"/> accepts and drops the others with <paramref name="reason"/>.</summary>
public sealed class FilterStep(string name, Func<Document, bool> keep, string reason) : IPipelineStep
{
    /// <inheritdoc/>
    public string Name => name;

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, string> Options => new Dictionary<string, string> { ["drops"] = reason };

    /// <inheritdoc/>
    public Document Process(Document document) => keep(document) ? document : document.Drop(Name, reason);
}
