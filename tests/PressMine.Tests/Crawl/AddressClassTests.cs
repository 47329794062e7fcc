using System.Net;
using PressMine.Crawl;

namespace PressMine.Tests.Crawl;

/// <summary>The address classifier: IPv6 forms that carry an IPv4 address are judged by that address; special ranges by the table.</summary>
public class AddressClassTests
{
    [Theory]
    // NAT64 (RFC 6052 well-known prefix): the last 32 bits are the IPv4 address.
    [InlineData("64:ff9b::a9fe:a9fe", "link-local")]          // 169.254.169.254
    [InlineData("64:ff9b::169.254.169.254", "link-local")]
    [InlineData("64:ff9b::7f00:1", "loopback")]
    [InlineData("64:ff9b::10.1.2.3", "private")]
    [InlineData("64:ff9b::808:808", null)]                   // 8.8.8.8
    [InlineData("64:ff9b:1::1", "private (local-use NAT64)")]
    // 6to4: bits 16–47.
    [InlineData("2002:a9fe:a9fe::1", "link-local")]
    [InlineData("2002:c0a8:0101::", "private")]              // 192.168.1.1
    [InlineData("2002:7f00:1::", "loopback")]
    [InlineData("2002:808:808::1", null)]
    // IPv4-mapped, IPv4-translated and the deprecated IPv4-compatible forms.
    [InlineData("::ffff:169.254.169.254", "link-local")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("::ffff:0:10.0.0.1", "private")]
    [InlineData("::10.0.0.1", "private")]
    [InlineData("::127.0.0.1", "loopback")]
    [InlineData("::169.254.169.254", "link-local")]
    [InlineData("::8.8.8.8", null)]
    // Plain IPv6 classes.
    [InlineData("::1", "loopback")]
    [InlineData("::", "unspecified")]
    [InlineData("fc00::1", "private")]
    [InlineData("fdff:ffff::1", "private")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("febf::1", "link-local")]
    [InlineData("ff02::1", "multicast or reserved")]
    [InlineData("2001:db8::1", "reserved (documentation)")]
    [InlineData("fd00:ec2::254", "cloud metadata (AWS)")]
    [InlineData("2400:3200::1", null)]                       // a public resolver's address
    // IPv4.
    [InlineData("100.100.100.200", "cloud metadata (Alibaba Cloud)")]
    [InlineData("100.100.100.201", "shared (CGNAT)")]
    [InlineData("0.1.2.3", "unspecified")]
    [InlineData("127.8.9.10", "loopback")]
    [InlineData("192.0.2.7", "reserved (documentation)")]
    [InlineData("198.18.0.1", "reserved (benchmarking)")]
    [InlineData("224.0.0.1", "multicast or reserved")]
    [InlineData("255.255.255.255", "multicast or reserved")]
    [InlineData("114.114.114.114", null)]
    public void Address_classes(string ip, string? kind) => Assert.Equal(kind, AddressPolicy.Classify(IPAddress.Parse(ip)));

    static string? Refusal(string url, params string[] allowed) => new AddressPolicy(allowed.ToHashSet()).RefuseLiteral(new Uri(url));

    [Theory]
    [InlineData("http://[::1]:8080/x")]
    [InlineData("http://[64:ff9b::a9fe:a9fe]/latest/meta-data/")]
    [InlineData("http://[2002:a9fe:a9fe::]/")]
    [InlineData("http://[::ffff:a9fe:a9fe]/")]
    [InlineData("http://localhost./")]
    [InlineData("http://0x7f.1/")]
    public void Literal_private_addresses_are_refused(string url) => Assert.NotNull(Refusal(url));

    [Fact]
    public void A_named_host_may_be_private_and_the_wildcard_never_reaches_link_local_or_metadata()
    {
        Assert.Null(Refusal("http://127.0.0.1:8080/", "127.0.0.1"));
        Assert.Null(Refusal("http://[::1]:8080/", "::1"));
        Assert.Null(Refusal("http://[::1]:8080/", "[::1]"));
        Assert.Null(Refusal("http://10.0.0.1/", "*"));
        Assert.Null(Refusal("http://169.254.169.254/", "169.254.169.254")); // named explicitly: the user means it
        Assert.Contains("link-local", Refusal("http://169.254.169.254/latest/meta-data/", "*"));
        Assert.Contains("link-local", Refusal("http://[fe80::1]/", "*"));
        Assert.Contains("cloud metadata", Refusal("http://100.100.100.200/latest/meta-data/", "*"));
        Assert.Contains("link-local", Refusal("http://169.254.169.254/", "127.0.0.1"));
    }

    [Fact]
    public void Resolved_addresses_are_judged_with_the_same_rules()
    {
        var wildcard = new AddressPolicy(new HashSet<string> { "*" });
        Assert.Contains("link-local", wildcard.RefuseResolved("metadata.example", [IPAddress.Parse("64:ff9b::a9fe:a9fe")]));
        Assert.Null(wildcard.RefuseResolved("intranet.example", [IPAddress.Parse("10.0.0.5")]));
        Assert.Contains("private", AddressPolicy.Strict.RefuseResolved("a.example", [IPAddress.Parse("8.8.8.8"), IPAddress.Parse("2002:0a00:0001::")]));
        Assert.Null(AddressPolicy.Strict.RefuseResolved("a.example", [IPAddress.Parse("8.8.8.8"), IPAddress.Parse("2400:3200::1")]));
    }
}
