namespace PressMine.Records;

public static class ArticleStatus
{
    public const string Ok = "ok";
    public const string Duplicate = "duplicate";
    public const string Rejected = "rejected";
}

/// <summary>What the Clean stage reads off a page: metadata and the body paragraphs.</summary>
public sealed record CleanedPage(
    string? Title,
    string? PublishedAt,
    string? Source,
    string? Author,
    string? Editor,
    IReadOnlyList<string> Paragraphs,
    string? Site)
{
    /// <summary>Where the publish time was found: <c>meta</c>, <c>json-ld</c>, <c>url</c>, <c>byline</c>, <c>script</c> (see <c>Clean.DateBasis</c>).</summary>
    public string? PublishedAtBasis { get; init; }

    public string Body => string.Join('\n', Paragraphs);
}

/// <summary>One row of the <c>articles</c> table; every input page yields exactly one.</summary>
public sealed record Article
{
    public required string Id { get; init; }
    public required string SourcePath { get; init; }
    public string? Url { get; init; }
    public string? Site { get; init; }
    public required string Status { get; init; }
    public string? Reason { get; init; }
    public string? DuplicateOf { get; init; }
    public string? Title { get; init; }
    public string? PublishedAt { get; init; }
    /// <summary>Where the publish time was found (see <see cref="CleanedPage.PublishedAtBasis"/>).</summary>
    public string? PublishedAtBasis { get; init; }
    public string? Source { get; init; }
    public string? Author { get; init; }
    public string? Editor { get; init; }
    public string? Body { get; init; }
    public string? Province { get; init; }
    public string? City { get; init; }
    public string? County { get; init; }
    public string? DivisionCode { get; init; }
    public string? Topic { get; init; }
    public double? TopicScore { get; init; }
    public string? Encoding { get; init; }

    public static Article Rejected(RawPage page, string reason) => new()
    {
        Id = page.Id,
        SourcePath = page.SourcePath,
        Url = page.Url,
        Status = ArticleStatus.Rejected,
        Reason = reason,
    };
}
