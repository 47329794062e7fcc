namespace PressMine.Report;

/// <summary>Article links the report may make: absolute http and https URLs only (no javascript:, data:, file:, vbscript:).</summary>
internal static class SafeLink
{
    public static string? Href(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)) return null;
        return uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps ? uri.AbsoluteUri : null;
    }
}
