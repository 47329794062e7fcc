namespace PressMine.Clean;

/// <summary>
/// Everything that tunes the Clean stage: the work one page may cost, the publish-date search, the article gate and
/// where byline metadata is read. The defaults are what the evaluation figures were measured with.
/// </summary>
public sealed record CleanOptions
{
    /// <summary>The settings every figure in the README was measured with.</summary>
    public static readonly CleanOptions Default = new();

    /// <summary>Bounds on the work one page may cost.</summary>
    public PageBudget Budget { get; init; } = PageBudget.Default;

    /// <summary>Where the publish time is looked for and how each place votes.</summary>
    public PublishDateOptions Dates { get; init; } = PublishDateOptions.Default;

    /// <summary>When a cleaned page counts as an article.</summary>
    public ArticleGateOptions Gate { get; init; } = ArticleGateOptions.Default;

    /// <summary>Metadata lines (来源, 作者, 编辑) outside the content are read this many lines above the headline…</summary>
    public int MetadataLinesAboveTitle { get; init; } = 6;

    /// <summary>…and this many below it.</summary>
    public int MetadataLinesBelowTitle { get; init; } = 15;
}

/// <summary>When a cleaned page is an article rather than a list, an index or a stub.</summary>
public sealed record ArticleGateOptions
{
    /// <summary>The defaults.</summary>
    public static readonly ArticleGateOptions Default = new();

    /// <summary>Fewer body characters than this (CJK ideographs, or letters / 4 for other text) is not an article.</summary>
    public int MinBodyCharacters { get; init; } = 50;

    /// <summary>A page without a body and with at least this many dated headlines is a list page.</summary>
    public int ListPageHeadlines { get; init; } = 5;

    /// <summary>A page with a body but at least this many dated headlines…</summary>
    public int CrowdedPageHeadlines { get; init; } = 8;

    /// <summary>…is a list page unless its body has this many characters per headline.</summary>
    public int BodyCharactersPerHeadline { get; init; } = 30;

    /// <summary>An HTML page without a body and with at least this many links is an index page.</summary>
    public int IndexPageLinks { get; init; } = 20;
}
