using System.Globalization;
using PressMine.Clean;

namespace PressMine.Pipeline;

/// <summary>Decoded page to title, date, credits and body, within a <see cref="PageBudget"/>; rejects what is not an article.</summary>
public sealed class CleanStep(PageBudget? budget = null) : IPipelineStep
{
    readonly PageBudget budget = budget ?? PageBudget.Default;
    readonly PageCleaner cleaner = new(budget);

    public string Name => "clean";

    public IReadOnlyDictionary<string, string> Options => new Dictionary<string, string>
    {
        ["max_chars"] = budget.MaxChars.ToString(CultureInfo.InvariantCulture),
        ["max_depth"] = budget.MaxDepth.ToString(CultureInfo.InvariantCulture),
        ["max_elements"] = budget.MaxElements.ToString(CultureInfo.InvariantCulture),
    };

    public Document Process(Document document)
    {
        if (document.Decoded is not { } decoded) return document.Drop(Name, "not decoded: the pipeline has no decode step");
        var cleaned = cleaner.Clean(decoded.Text, document.Page.IsTextDump, document.Page.Url);
        return cleaned.Page is { } page
            ? document with { Cleaned = page }
            : document.Drop(Name, cleaned.RejectReason ?? "not an article");
    }
}
