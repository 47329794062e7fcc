using PressMine.Decode;
using PressMine.Extract;
using PressMine.Records;

namespace PressMine.Pipeline;

/// <summary>Whether a document is still going through the steps or was dropped by one of them.</summary>
public enum DocumentStatus
{
    /// <summary>Still going through the steps (a duplicate is still Ok: its row says duplicate).</summary>
    Ok,
    /// <summary>A step rejected the page; its row says rejected, with the reason.</summary>
    Dropped,
}

/// <summary>
/// One input page on its way through the per-page steps. Immutable: a step returns a new document with what it
/// added (decoded text, cleaned page, facts, topic, tokens) or with <see cref="DocumentStatus.Dropped"/> and a reason.
/// </summary>
public sealed record Document
{
    /// <summary>The input as the source read it.</summary>
    public required RawPage Page { get; init; }
    /// <summary>Ok while the steps go on; Dropped once a step rejected the page.</summary>
    public DocumentStatus Status { get; init; } = DocumentStatus.Ok;
    /// <summary>Why the page was dropped, in words (the articles row's <c>reason</c>).</summary>
    public string? Reason { get; init; }
    /// <summary>The name of the step that dropped the page.</summary>
    public string? DroppedBy { get; init; }
    /// <summary>The page's text and the charset it was read in (decode step).</summary>
    public DecodedPage? Decoded { get; init; }
    /// <summary>Title, date, credits and body (clean step).</summary>
    public CleanedPage? Cleaned { get; init; }
    /// <summary>The facts and the article's locality (extract step).</summary>
    public ArticleFacts? Extracted { get; init; }
    /// <summary>The predicted topic and its score (topic step).</summary>
    public (string Label, double Score)? Topic { get; init; }
    /// <summary>The segmented body, tokens separated by one space (segment step).</summary>
    public string? Tokens { get; init; }

    /// <summary>The body's words as the topic step cut them, which the segment step takes instead of cutting again.</summary>
    internal SegmentedText? BodyWords { get; init; }

    /// <summary>The id of the article this one repeats, set by a corpus step (dedup); its row's status is then 'duplicate'.</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>Whether no step has dropped the document.</summary>
    public bool IsOk => Status == DocumentStatus.Ok;

    /// <summary>A document for a page that has been read and not yet through any step.</summary>
    public static Document Of(RawPage page) => new() { Page = page };

    /// <summary>This document dropped by <paramref name="step"/> for <paramref name="reason"/>.</summary>
    public Document Drop(string step, string reason) =>
        this with { Status = DocumentStatus.Dropped, Reason = reason, DroppedBy = step };

    /// <summary>This document marked as a repeat of the article <paramref name="canonical"/>.</summary>
    public Document MarkDuplicateOf(string canonical) => this with { DuplicateOf = canonical };

    /// <summary>The articles row, facts and tokens of this document, as the sink writes them.</summary>
    public ProcessedPage ToProcessedPage()
    {
        if (!IsOk) return ProcessedPage.Rejected(Page, Reason ?? "dropped");
        if (Cleaned is not { } clean) return ProcessedPage.Rejected(Page, "not cleaned: the pipeline has no clean step");
        var locality = Extracted?.Locality;
        var article = new Article
        {
            Id = Page.Id,
            SourcePath = Page.SourcePath,
            Url = Page.Url,
            Site = clean.Site,
            Status = DuplicateOf is null ? ArticleStatus.Ok : ArticleStatus.Duplicate,
            DuplicateOf = DuplicateOf,
            Title = clean.Title,
            PublishedAt = clean.PublishedAt,
            PublishedAtBasis = clean.PublishedAtBasis,
            Source = clean.Source,
            Author = clean.Author,
            Editor = clean.Editor,
            Body = clean.Body,
            Province = locality?.Province,
            City = locality?.City,
            County = locality?.County,
            DivisionCode = locality?.Code,
            Encoding = Decoded?.Encoding,
            Topic = Topic?.Label,
            TopicScore = Topic?.Score,
        };
        return new ProcessedPage(article, Extracted?.Facts ?? [], Tokens, ProcessedPage.InputHash(Page));
    }
}
