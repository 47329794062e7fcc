using PressMine.Extract;
using PressMine.Places;

namespace PressMine.Pipeline;

/// <summary>Cleaned body to facts and the article's locality (see <see cref="FactExtractor"/>), breakdowns marked (<see cref="BreakdownMarker"/>).</summary>
public sealed class ExtractStep(IPlaceResolver? places) : IPipelineStep
{
    readonly FactExtractor extractor = new(places);

    /// <inheritdoc/>
    public string Name => "extract";

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, string> Options => new Dictionary<string, string>
    {
        ["places"] = places?.GetType().Name ?? "none",
    };

    /// <inheritdoc/>
    public Document Process(Document document)
    {
        if (document.Cleaned is not { } clean) return document.Drop(Name, "not cleaned: the pipeline has no clean step");
        var extracted = extractor.Extract(document.Page.Id, clean.Title, clean.Body, clean.PublishedAt, clean.Site, clean.Source);
        var facts = BreakdownMarker.Default.Mark(clean.Body, extracted.Facts);
        return document with { Extracted = extracted with { Facts = facts } };
    }
}
