namespace PressMine.Records;

/// <summary>The values of <see cref="Article.Status"/>.</summary>
public static class ArticleStatus
{
    /// <summary>An article: body and metadata filled, facts extracted.</summary>
    public const string Ok = "ok";
    /// <summary>A near-duplicate of the article <see cref="Article.DuplicateOf"/> names; its facts stay in the facts table but leave the *_unique views.</summary>
    public const string Duplicate = "duplicate";
    /// <summary>Not an article (undecodable, too short, a list or index page ...); <see cref="Article.Reason"/> says why.</summary>
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

    /// <summary>The paragraphs joined by \n, as the dataset's body column holds them.</summary>
    public string Body => string.Join('\n', Paragraphs);
}

/// <summary>One row of the <c>articles</c> table; every input page yields exactly one.</summary>
public sealed record Article
{
    /// <summary>Stable id of the input: 16 hex digits of SHA-256 over its identity (<see cref="RawPage.Identity"/>).</summary>
    public required string Id { get; init; }
    /// <summary>The input file relative to its input root (WARC records add #record-id), or absolute when the run asks for it.</summary>
    public required string SourcePath { get; init; }
    /// <summary>The page's URL when known (WARC target, crawl); null for a file without one.</summary>
    public string? Url { get; init; }
    /// <summary>The site's name as the page states it (meta, breadcrumbs, title suffix), else as the source line or the URL's host gives it; null when none of them does.</summary>
    public string? Site { get; init; }
    /// <summary><see cref="ArticleStatus.Ok"/>, <see cref="ArticleStatus.Duplicate"/> or <see cref="ArticleStatus.Rejected"/>.</summary>
    public required string Status { get; init; }
    /// <summary>Why the page was rejected; null for articles and duplicates.</summary>
    public string? Reason { get; init; }
    /// <summary>Id of the kept copy when this is a duplicate; else null.</summary>
    public string? DuplicateOf { get; init; }
    /// <summary>The headline, cleaned of site-name suffixes; null when none was found.</summary>
    public string? Title { get; init; }
    /// <summary>ISO 8601 publish time (yyyy-MM-ddTHH:mm:ss+08:00) or day (yyyy-MM-dd) as the page states it; null when it states none.</summary>
    public string? PublishedAt { get; init; }
    /// <summary>Where the publish time was found (see <see cref="CleanedPage.PublishedAtBasis"/>).</summary>
    public string? PublishedAtBasis { get; init; }
    /// <summary>The outlet the page credits as its source (来源); null when none.</summary>
    public string? Source { get; init; }
    /// <summary>Author and reporter names the page credits (作者, 记者 ...), space-separated; null when none.</summary>
    public string? Author { get; init; }
    /// <summary>Editor names (责任编辑, 编辑 ...); null when none.</summary>
    public string? Editor { get; init; }
    /// <summary>The clean body, paragraphs separated by \n; null for rejected pages.</summary>
    public string? Body { get; init; }
    /// <summary>Full name of the article's province (gazetteer); null when no locality was found.</summary>
    public string? Province { get; init; }
    /// <summary>Full name of the article's prefecture-level city; null when not known.</summary>
    public string? City { get; init; }
    /// <summary>Full name of the article's county-level division; null when not known.</summary>
    public string? County { get; init; }
    /// <summary>Six-digit administrative-division code of the narrowest of <see cref="Province"/>, <see cref="City"/>, <see cref="County"/>; null when none.</summary>
    public string? DivisionCode { get; init; }
    /// <summary>The bundled topic model's label, <c>supervision</c> or <c>other</c>; null without a model and on rejected rows.</summary>
    public string? Topic { get; init; }
    /// <summary>The topic model's probability for <see cref="Topic"/>, 0 to 1; null when <see cref="Topic"/> is.</summary>
    public double? TopicScore { get; init; }
    /// <summary>The charset the page was decoded from (utf-8, gb18030 ...); null on rejected rows.</summary>
    public string? Encoding { get; init; }

    internal static Article Rejected(RawPage page, string reason) => new()
    {
        Id = page.Id,
        SourcePath = page.SourcePath,
        Url = page.Url,
        Status = ArticleStatus.Rejected,
        Reason = reason,
    };
}
