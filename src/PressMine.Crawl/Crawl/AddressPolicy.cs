using System.Net;

namespace PressMine.Crawl;

/// <summary>
/// Which hosts the crawler may connect to. Private, loopback, link-local, reserved and cloud-metadata addresses (see
/// <see cref="SpecialAddresses"/>) are refused unless the host is explicitly allowed — so a page cannot point the
/// crawler at a metadata endpoint or an intranet. "*" allows every host, except on link-local and metadata addresses:
/// those only for a host named explicitly.
/// </summary>
public sealed class AddressPolicy(IReadOnlySet<string> allowedPrivateHosts)
{
    /// <summary>Allows no non-public address for any host.</summary>
    public static readonly AddressPolicy Strict = new(new HashSet<string>());

    readonly HashSet<string> allowed = allowedPrivateHosts.Select(NormalHost).ToHashSet();

    /// <summary>"[::1]", "::1" and "LOCALHOST." name one host.</summary>
    public static string NormalHost(string host) => host.Trim('[', ']').TrimEnd('.').ToLowerInvariant();

    /// <summary>The host of a URL as the policy names it: IPv6 without brackets or zone, DNS names in punycode.</summary>
    public static string HostOf(Uri url) => NormalHost(url.HostNameType == UriHostNameType.IPv6 ? url.Host : url.IdnHost);

    bool Allows(string host, AddressKind kind) =>
        allowed.Contains(NormalHost(host)) || (kind.CoveredByWildcard && allowed.Contains("*"));

    /// <summary>A refusal reason when the URL's host is a literal non-public address or "localhost"; null when no decision can be made without DNS.</summary>
    public string? RefuseLiteral(Uri url)
    {
        var host = HostOf(url);
        if (host == "localhost" || host.EndsWith(".localhost", StringComparison.Ordinal))
            return Allows(host, Loopback) ? null : $"private address: {host} is loopback";
        if (!IPAddress.TryParse(host, out var ip) || SpecialAddresses.Classify(ip) is not { } kind) return null;
        return Allows(host, kind) ? null : $"private address: {ip} is {kind.Name}";
    }

    /// <summary>Checked on the resolved addresses just before a connection is opened.</summary>
    public string? RefuseResolved(string host, IEnumerable<IPAddress> addresses)
    {
        foreach (var ip in addresses)
            if (SpecialAddresses.Classify(ip) is { } kind && !Allows(host, kind))
                return $"private address: {NormalHost(host)} resolves to {ip} ({kind.Name})";
        return null;
    }

    static readonly AddressKind Loopback = new("loopback", true);

    /// <summary>The kind of non-public address, or null for a public one.</summary>
    public static string? Classify(IPAddress ip) => SpecialAddresses.Classify(ip)?.Name;
}
