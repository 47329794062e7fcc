using System.Text;

namespace PressMine.Crawl;

/// <summary>
/// One spelling per page: lower-case scheme and host, default port dropped, fragment removed, dot segments resolved,
/// empty path as "/", query parameters sorted and tracking parameters (utm_*, gclid, ...) removed.
/// </summary>
public static class UrlCanonicalizer
{
    static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "gclid", "fbclid", "msclkid", "yclid", "dclid", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "spm", "igshid", "wt.mc_id",
    };

    /// <summary>The canonical absolute http(s) URL of <paramref name="href"/> resolved against <paramref name="baseUrl"/>; null when it is not a crawlable link.</summary>
    public static Uri? Canonicalize(string? href, Uri? baseUrl = null)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        href = href.Trim().Replace("\r", "").Replace("\n", "").Replace("\t", "");
        Uri? uri;
        if (baseUrl is null) { if (!Uri.TryCreate(href, UriKind.Absolute, out uri)) return null; }
        else if (!Uri.TryCreate(baseUrl, href, out uri)) return null;
        if (uri.Scheme is not ("http" or "https") || string.IsNullOrEmpty(uri.Host)) return null;

        var builder = new StringBuilder();
        builder.Append(uri.Scheme).Append("://").Append(uri.IdnHost.ToLowerInvariant());
        if (!uri.IsDefaultPort) builder.Append(':').Append(uri.Port);
        var path = uri.AbsolutePath;
        builder.Append(path.Length == 0 ? "/" : UppercaseEscapes(path));
        var query = CanonicalQuery(uri.Query);
        if (query.Length > 0) builder.Append('?').Append(query);
        return new Uri(builder.ToString());
    }

    public static Uri? Canonicalize(Uri url) => Canonicalize(url.OriginalString);

    static string CanonicalQuery(string query)
    {
        if (query.Length <= 1) return "";
        var kept = query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(p.Split('=', 2)[0]))
            .Select(UppercaseEscapes)
            .Order(StringComparer.Ordinal);
        return string.Join('&', kept);
    }

    static bool IsTracking(string name) => name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);

    /// <summary>%2f and %2F are the same octet; RFC 3986 prefers upper case.</summary>
    static string UppercaseEscapes(string text)
    {
        if (!text.Contains('%')) return text;
        var chars = text.ToCharArray();
        for (int i = 0; i + 2 < chars.Length; i++)
            if (chars[i] == '%' && Uri.IsHexDigit(chars[i + 1]) && Uri.IsHexDigit(chars[i + 2]))
            {
                chars[i + 1] = char.ToUpperInvariant(chars[i + 1]);
                chars[i + 2] = char.ToUpperInvariant(chars[i + 2]);
            }
        return new string(chars);
    }
}
