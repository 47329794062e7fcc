namespace PressMine.Crawl;

/// <summary>One HTTP exchange as it happened, with the bytes a WARC needs. <see cref="Status"/> is 0 when no response came.</summary>
internal sealed record FetchResult(
    Uri Url,
    DateTimeOffset StartedAt,
    int Status,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body,
    byte[] RequestHead,
    byte[] ResponseHead,
    bool Truncated,
    string? Error,
    bool Refused,
    TimeSpan? RetryAfter)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;
    public bool HasResponse => Status > 0;
    public bool IsRedirect => Status is 301 or 302 or 303 or 307 or 308;
    /// <summary>Worth another try: no response (timeout, reset) or 5xx or 429 — never a refusal by our own policy.</summary>
    public bool IsTransient => !Refused && (Status == 0 || Status == 429 || Status >= 500);
}
