using System.Net;
using System.Net.Sockets;

namespace PressMine.Crawl;

/// <summary>
/// Which hosts the crawler may connect to. Private (RFC 1918, CGNAT, unique-local), loopback, link-local, unspecified
/// and multicast addresses are refused unless the host is explicitly allowed ("*" allows every host) — so a page cannot
/// point the crawler at a cloud metadata endpoint or an intranet.
/// </summary>
public sealed class AddressPolicy(IReadOnlySet<string> allowedPrivateHosts)
{
    public static readonly AddressPolicy Strict = new(new HashSet<string>());

    public bool AllowsPrivate(string host) =>
        allowedPrivateHosts.Contains("*") || allowedPrivateHosts.Contains(host.ToLowerInvariant());

    /// <summary>A refusal reason when the URL's host is a literal private address or "localhost"; null when no decision can be made without DNS.</summary>
    public string? RefuseLiteral(Uri url)
    {
        if (AllowsPrivate(url.IdnHost)) return null;
        if (url.IdnHost.Equals("localhost", StringComparison.OrdinalIgnoreCase) || url.IdnHost.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
            return $"private address: {url.IdnHost} is loopback";
        return IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var ip) && Classify(ip) is { } kind
            ? $"private address: {ip} is {kind}" : null;
    }

    /// <summary>Checked on the resolved addresses just before a connection is opened.</summary>
    public string? RefuseResolved(string host, IEnumerable<IPAddress> addresses)
    {
        if (AllowsPrivate(host)) return null;
        foreach (var ip in addresses)
            if (Classify(ip) is { } kind) return $"private address: {host} resolves to {ip} ({kind})";
        return null;
    }

    /// <summary>The kind of non-public address, or null for a public one.</summary>
    public static string? Classify(IPAddress ip)
    {
        if (ip.IsIPv4MappedToIPv6) ip = ip.MapToIPv4();
        if (IPAddress.IsLoopback(ip)) return "loopback";
        if (ip.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = ip.GetAddressBytes();
            return b[0] switch
            {
                0 => "unspecified",
                10 => "private",
                100 when b[1] is >= 64 and < 128 => "shared (CGNAT)",
                169 when b[1] == 254 => "link-local",
                172 when b[1] is >= 16 and < 32 => "private",
                192 when b[1] == 168 => "private",
                >= 224 => "multicast or reserved",
                _ => null,
            };
        }
        if (ip.Equals(IPAddress.IPv6None) || ip.Equals(IPAddress.IPv6Any)) return "unspecified";
        if (ip.IsIPv6LinkLocal || ip.IsIPv6SiteLocal) return "link-local";
        if (ip.IsIPv6UniqueLocal) return "private";
        if (ip.IsIPv6Multicast) return "multicast or reserved";
        return null;
    }
}
