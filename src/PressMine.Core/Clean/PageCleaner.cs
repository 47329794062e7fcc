using System.Globalization;

namespace PressMine.Clean;

/// <summary>Turns a decoded page (HTML or text dump) into a <see cref="Records.CleanedPage"/>, or rejects it, under <see cref="CleanOptions"/>.</summary>
/// <remarks>HTML bodies are chosen by the shipped block classifier on top of the rules.</remarks>
public sealed class PageCleaner
{
    readonly CleanOptions options;
    readonly IBodyChooser? bodyChooser;

    PageBudget Budget => options.Budget;

    /// <param name="budget">Bounds on the work one page may cost; null for <see cref="PageBudget.Default"/>.</param>
    public PageCleaner(PageBudget? budget = null) : this(CleanOptions.Default with { Budget = budget ?? PageBudget.Default }, null) { }

    /// <param name="options">Every setting of the stage; null for <see cref="CleanOptions.Default"/>.</param>
    public PageCleaner(CleanOptions? options) : this(options, null) { }

    /// <summary>With another body decision (comparisons, training); null for the shipped one.</summary>
    internal PageCleaner(CleanOptions? options, IBodyChooser? bodyChooser)
    {
        this.options = options ?? CleanOptions.Default;
        this.bodyChooser = bodyChooser;
    }

    /// <summary>
    /// Only this many characters are read: article text sits near the top, and the cap bounds time and memory.
    /// A longer page is cleaned from its first part and the result says so (<see cref="CleanResult.Note"/>, or the
    /// reject reason when the first part holds no article).
    /// </summary>
    public static int MaxInputChars => PageBudget.Default.MaxChars;

    /// <summary>Cleans one decoded page: a <see cref="CleanResult"/> with the page, or with the reason it is not an article (empty, binary, over the element budget, a list page, no body ...). isTextDump: plain text rather than HTML; url: the page's address when known (dates and site names may come from it), else null.</summary>
    public CleanResult Clean(string text, bool isTextDump, string? url)
    {
        if (string.IsNullOrWhiteSpace(text)) return CleanResult.Reject("empty page: no text");
        // Script and style bodies are never shown: they must not push the article past the cap.
        if (!isTextDump && text.Length > Budget.MaxChars) text = MarkupScanner.WithoutScripts(text);
        string? cut = null;
        if (text.Length > Budget.MaxChars)
        {
            cut = string.Create(CultureInfo.InvariantCulture, $"page of {text.Length:N0} characters cleaned from its first {Budget.MaxChars:N0} only");
            text = text[..Budget.MaxChars];
        }
        if (text.Contains('\0')) return CleanResult.Reject("binary content: text holds NUL characters");
        if (!isTextDump && OverBudget(text) is { } reason) return CleanResult.Reject(reason);
        var result = isTextDump ? TextDumpCleaner.Clean(text, url, options) : HtmlCleaner.Clean(text, url, bodyChooser ?? ShippedBlockChooser.Default, options);
        if (cut is null) return result;
        return result.Page is null ? CleanResult.Reject($"{result.RejectReason} ({cut})") : result with { Note = cut };
    }

    string? OverBudget(string html)
    {
        var nesting = MarkupScanner.Measure(html);
        if (nesting.MaxDepth > Budget.MaxDepth)
            return string.Create(CultureInfo.InvariantCulture, $"page nests elements {nesting.MaxDepth:N0} deep (budget {Budget.MaxDepth:N0}); not parsed");
        if (nesting.Elements > Budget.MaxElements)
            return string.Create(CultureInfo.InvariantCulture, $"page has {nesting.Elements:N0} elements (budget {Budget.MaxElements:N0}); not parsed");
        if (nesting.NestingWork > Budget.MaxNestingWork)
            return string.Create(CultureInfo.InvariantCulture, $"page opens its elements {nesting.NestingWork:N0} levels deep in all (budget {Budget.MaxNestingWork:N0}); not parsed");
        return null;
    }
}
