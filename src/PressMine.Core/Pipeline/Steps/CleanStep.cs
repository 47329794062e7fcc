using PressMine.Clean;

namespace PressMine.Pipeline;

/// <summary>Decoded page to title, date, credits and body, under <see cref="CleanOptions"/>; rejects what is not an article.</summary>
public sealed class CleanStep : IPipelineStep
{
    readonly CleanOptions options;
    readonly PageCleaner cleaner;

    /// <param name="options">The stage's settings; null for <see cref="CleanOptions.Default"/>.</param>
    public CleanStep(CleanOptions? options = null)
    {
        this.options = options ?? CleanOptions.Default;
        cleaner = new PageCleaner(this.options);
    }

    /// <inheritdoc/>
    public string Name => "clean";

    /// <summary>Every setting, budget.max_chars … dates.labelled_strength …, as the manifest records them.</summary>
    public IReadOnlyDictionary<string, string> Options => OptionValues.Flatten(options);

    /// <inheritdoc/>
    public Document Process(Document document)
    {
        if (document.Decoded is not { } decoded) return document.Drop(Name, "not decoded: the pipeline has no decode step");
        var cleaned = cleaner.Clean(decoded.Text, document.Page.IsTextDump, document.Page.Url);
        return cleaned.Page is { } page
            ? document with { Cleaned = page }
            : document.Drop(Name, cleaned.RejectReason ?? "not an article");
    }
}
