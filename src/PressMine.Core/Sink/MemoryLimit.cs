using System.Globalization;
using System.Text.RegularExpressions;

namespace PressMine.Sink;

/// <summary>
/// A memory budget such as "1GB" or "512MiB": how much the dataset writer may buffer before spilling to disk, so
/// memory is bounded by this setting and not by the size of the corpus. Parsed strictly, because it reaches SQL.
/// </summary>
public sealed partial record MemoryLimit
{
    /// <summary>1 GiB.</summary>
    public static readonly MemoryLimit Default = Parse("1GiB");

    MemoryLimit(long bytes) => Bytes = bytes;

    internal long Bytes { get; }

    [GeneratedRegex(@"^\s*(?<n>\d{1,7}(?:\.\d{1,3})?)\s*(?<u>[KMGT]i?B)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Shape();

    /// <exception cref="ArgumentException">Not a positive size with a unit (KB, MB, GB, TB, KiB, MiB, GiB, TiB), or under 64 MB.</exception>
    public static MemoryLimit Parse(string text)
    {
        var m = Shape().Match(text);
        if (!m.Success) throw new ArgumentException($"'{text}' is not a memory size such as 512MB or 2GiB");
        var unit = m.Groups["u"].Value.ToUpperInvariant();
        double scale = Math.Pow(unit.Contains('I') ? 1024 : 1000, "KMGT".IndexOf(unit[0]) + 1);
        var bytes = (long)(double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) * scale);
        if (bytes < 64_000_000) throw new ArgumentException($"memory limit {text} is under 64 MB; the writer needs at least that");
        return new MemoryLimit(bytes);
    }

    /// <summary>The limit as DuckDB's memory_limit value: a whole number of KiB, built from the parsed number only.</summary>
    public string ToDuckDb() => $"{Bytes / 1024}KiB";

    /// <summary>The limit in MiB for people (1024 MiB).</summary>
    public override string ToString() => $"{Bytes / 1048576.0:0.#} MiB";
}
