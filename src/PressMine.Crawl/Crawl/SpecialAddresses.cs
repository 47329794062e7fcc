using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace PressMine.Crawl;

/// <summary>A non-public address class; <paramref name="CoveredByWildcard"/> says whether `--allow-private *` reaches it.</summary>
internal sealed record AddressKind(string Name, bool CoveredByWildcard);

/// <summary>
/// Classifies IP addresses with the special-purpose table (corpus/net/special-addresses.tsv, compiled into the assembly
/// so a missing data file can never open the crawler to an intranet). IPv6 forms that carry an IPv4 address are
/// judged by that address: a NAT64 or 6to4 spelling of 169.254.169.254 is as link-local as the original.
/// </summary>
internal static class SpecialAddresses
{
    sealed record Range(byte[] Prefix, int Bits, AddressKind Kind)
    {
        public bool Contains(byte[] address)
        {
            if (address.Length != Prefix.Length) return false;
            int whole = Bits / 8, rest = Bits % 8;
            for (int i = 0; i < whole; i++) if (address[i] != Prefix[i]) return false;
            if (rest == 0) return true;
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (address[whole] & mask) == (Prefix[whole] & mask);
        }
    }

    const string ResourceName = "PressMine.corpus.net.special-addresses.tsv";
    static readonly Lazy<IReadOnlyList<Range>> Table = new(Load);

    /// <summary>The address's class, or null when it is an ordinary public address.</summary>
    public static AddressKind? Classify(IPAddress ip)
    {
        var bytes = ip.GetAddressBytes();
        if (Lookup(bytes) is { } kind) return kind;
        return ip.AddressFamily == AddressFamily.InterNetworkV6 && EmbeddedIPv4(bytes) is { } v4 ? Lookup(v4) : null;
    }

    /// <summary>The IPv4 address inside a mapped, translated, compatible, NAT64 (64:ff9b::/96) or 6to4 (2002::/16) IPv6 address.</summary>
    public static byte[]? EmbeddedIPv4(byte[] v6)
    {
        if (v6.Length != 16) return null;
        bool Zero(int from, int to) { for (int i = from; i < to; i++) if (v6[i] != 0) return false; return true; }
        if (v6[0] == 0x20 && v6[1] == 0x02) return v6[2..6];
        bool nat64 = v6[0] == 0x00 && v6[1] == 0x64 && v6[2] == 0xff && v6[3] == 0x9b && Zero(4, 12);
        bool mapped = Zero(0, 10) && v6[10] == 0xff && v6[11] == 0xff;
        bool translated = Zero(0, 8) && v6[8] == 0xff && v6[9] == 0xff && v6[10] == 0 && v6[11] == 0;
        bool compatible = Zero(0, 12);
        return nat64 || mapped || translated || compatible ? v6[12..16] : null;
    }

    static AddressKind? Lookup(byte[] address)
    {
        foreach (var range in Table.Value) if (range.Contains(address)) return range.Kind;
        return null;
    }

    /// <summary>The table, longest prefixes first so the most specific row wins.</summary>
    static IReadOnlyList<Range> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"embedded resource {ResourceName} missing from the build");
        using var reader = new StreamReader(stream);
        var ranges = new List<Range>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var f = line.Split('\t');
            var slash = f[0].IndexOf('/');
            var prefix = IPAddress.Parse(f[0][..slash]).GetAddressBytes();
            ranges.Add(new Range(prefix, int.Parse(f[0][(slash + 1)..]), new AddressKind(f[1], f[2] == "yes")));
        }
        return ranges.OrderByDescending(r => r.Bits).ToList();
    }
}
