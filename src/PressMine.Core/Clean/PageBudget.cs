namespace PressMine.Clean;

/// <summary>
/// How much work one page may cost the Clean stage. Past <see cref="MaxChars"/> characters (counted after script and
/// style bodies are dropped) only the first part is cleaned; past <see cref="MaxDepth"/> nested elements or
/// <see cref="MaxElements"/> elements the page is rejected before it is parsed, since HTML tree building costs the
/// depth for every element (100 000 nested &lt;div&gt; take minutes).
/// </summary>
public sealed record PageBudget
{
    /// <summary>3 000 000 characters, depth 1 000, 500 000 elements.</summary>
    public static readonly PageBudget Default = new();

    /// <summary>Characters cleaned (after script and style bodies are dropped); the rest of a longer page is ignored and the result notes the cut.</summary>
    public int MaxChars { get; init; } = 3_000_000;

    /// <summary>Elements open at once, not counting those whose end tag HTML implies (p, li, td, ...).</summary>
    public int MaxDepth { get; init; } = 1_000;

    /// <summary>Elements a page may hold; more and it is rejected unparsed.</summary>
    public int MaxElements { get; init; } = 500_000;

    /// <summary>
    /// The depth at which each element opens, summed over the page (<see cref="MarkupScanner.Nesting.NestingWork"/>):
    /// within the depth and element budgets, 500 000 paragraphs 1 000 levels deep still cost the parser minutes. The
    /// real gne and bundled pages stay under 34 000 (at most 22 deep, 3 200 elements).
    /// </summary>
    public long MaxNestingWork { get; init; } = 20_000_000;
}
