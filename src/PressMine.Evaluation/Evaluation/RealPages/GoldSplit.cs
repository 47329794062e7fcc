using System.Security.Cryptography;
using System.Text;

namespace PressMine.Evaluation.RealPages;

/// <summary>
/// The development/test split of the real pages, fixed once by a hash of the page's path under devpages/: the first
/// byte of SHA-256("gne/163/1.html") modulo 3 is 1 for test, else dev. The residue was chosen, before any page was
/// read, as the one whose dev share on the 62 gne paths is nearest two thirds (42 dev, 20 test). The gold file records
/// the split of every page; the evaluator checks that the two agree, so the split cannot drift.
/// </summary>
public static class GoldSplit
{
    /// <summary>The development part's name: pages tuned on.</summary>
    public const string Dev = "dev";
    /// <summary>The test part's name: pages reported once, never tuned on.</summary>
    public const string Test = "test";

    /// <summary>The part of the page at this path relative to devpages/ (backslashes read as slashes): <see cref="Dev"/> or <see cref="Test"/>.</summary>
    public static string Of(string devpagesPath)
        => SHA256.HashData(Encoding.UTF8.GetBytes(devpagesPath.Replace('\\', '/')))[0] % 3 == 1 ? Test : Dev;
}
