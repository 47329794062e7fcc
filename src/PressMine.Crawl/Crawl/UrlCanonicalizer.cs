using System.Text;
using System.Text.RegularExpressions;

namespace PressMine.Crawl;

/// <summary>What became of a link: a canonical URL, a problem worth recording (malformed, too long), or neither (not a web link: mailto:, javascript:, empty).</summary>
public readonly record struct LinkResolution(Uri? Url, string? Problem)
{
    /// <summary>Neither a URL nor a problem: the link is not meant for a crawler (mailto:, javascript:, empty).</summary>
    public static readonly LinkResolution NotAWebLink = new(null, null);
    /// <summary>A link that looked like a web link but could not be used, with the reason.</summary>
    public static LinkResolution Bad(string problem) => new(null, problem);
}

/// <summary>
/// One spelling per page: lower-case scheme and host, default port dropped, fragment, credentials and a trailing host dot
/// removed, IPv6 literals kept in brackets (zone dropped), dot segments resolved, empty path as "/", query parameters
/// sorted and tracking parameters (utm_*, gclid, ...) removed. Links come from hostile pages: resolving one never throws.
/// </summary>
public static partial class UrlCanonicalizer
{
    /// <summary>Links longer than this are refused unparsed (trap URLs are refused at a much shorter length by <see cref="UrlScope"/>).</summary>
    public const int DefaultMaxLinkLength = 2048;

    static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "gclid", "fbclid", "msclkid", "yclid", "dclid", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "spm", "igshid", "wt.mc_id",
    };

    /// <summary>The canonical absolute http(s) URL of <paramref name="href"/> resolved against <paramref name="baseUrl"/>; null when it is not a crawlable link.</summary>
    public static Uri? Canonicalize(string? href, Uri? baseUrl = null) => Resolve(href, baseUrl).Url;

    /// <summary>The canonical form of an absolute URL; null when it is not a crawlable http(s) URL.</summary>
    public static Uri? Canonicalize(Uri url) => Canonicalize(url.OriginalString);

    /// <summary><paramref name="href"/> resolved against <paramref name="baseUrl"/> and canonicalised, or why it cannot be.</summary>
    public static LinkResolution Resolve(string? href, Uri? baseUrl, int maxLength = DefaultMaxLinkLength)
    {
        if (string.IsNullOrWhiteSpace(href)) return LinkResolution.NotAWebLink;
        if (href.Length > maxLength) return LinkResolution.Bad($"link longer than {maxLength} characters");
        href = href.Trim().Replace("\r", "").Replace("\n", "").Replace("\t", "");
        if (OtherScheme().IsMatch(href)) return LinkResolution.NotAWebLink;
        try
        {
            Uri? uri;
            bool parsed = baseUrl is null ? Uri.TryCreate(href, UriKind.Absolute, out uri) : Uri.TryCreate(baseUrl, href, out uri);
            if (!parsed || uri is null) return LinkResolution.Bad("malformed URL");
            if (uri.Scheme is not ("http" or "https")) return LinkResolution.NotAWebLink;
            var canonical = Build(uri);
            if (canonical is null) return LinkResolution.Bad("malformed URL: no host");
            return Uri.TryCreate(canonical, UriKind.Absolute, out var result) ? new LinkResolution(result, null) : LinkResolution.Bad("malformed URL");
        }
        catch (Exception e) when (e is UriFormatException or ArgumentException or InvalidOperationException or FormatException)
        {
            // System.Uri can throw from a property getter on odd hosts (IDN, IPv6) even after TryCreate succeeded.
            return LinkResolution.Bad($"malformed URL: {e.Message}");
        }
    }

    static string? Build(Uri uri)
    {
        var host = uri.HostNameType == UriHostNameType.IPv6 ? uri.Host.ToLowerInvariant() : uri.IdnHost.ToLowerInvariant().TrimEnd('.');
        if (host.Length == 0) return null;
        var builder = new StringBuilder();
        builder.Append(uri.Scheme).Append("://").Append(host);
        if (!uri.IsDefaultPort) builder.Append(':').Append(uri.Port);
        var path = uri.AbsolutePath;
        builder.Append(path.Length == 0 ? "/" : UppercaseEscapes(path));
        var query = CanonicalQuery(uri.Query);
        if (query.Length > 0) builder.Append('?').Append(query);
        return builder.ToString();
    }

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

    /// <summary>A scheme other than http(s) (mailto:, javascript:, data:, …): not a link to crawl, and nothing to report.</summary>
    [GeneratedRegex(@"^(?!https?:)[A-Za-z][A-Za-z0-9+.\-]*:", RegexOptions.IgnoreCase)]
    private static partial Regex OtherScheme();
}
