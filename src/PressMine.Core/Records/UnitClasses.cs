namespace PressMine.Records;

/// <summary>
/// What a fact's unit counts (corpus/rules/unit-classes.tsv), so that a sum grouped by metric and class never adds
/// households to inspections-of-households or documents to issues. A unit the file does not know keeps a class of its
/// own (<c>unit:&lt;unit&gt;</c>), so it is never summed with anything else either.
/// </summary>
public sealed class UnitClasses
{
    internal const string FileName = "unit-classes.tsv";
    /// <summary>The class of a fact without a unit.</summary>
    public const string Unspecified = "unspecified";

    readonly IReadOnlyDictionary<string, string> byUnit;
    readonly IReadOnlyDictionary<(string Metric, string Unit), string> byMetricUnit;

    UnitClasses(IReadOnlyDictionary<string, string> byUnit, IReadOnlyDictionary<(string, string), string> byMetricUnit)
    {
        this.byUnit = byUnit;
        this.byMetricUnit = byMetricUnit;
    }

    static readonly Lazy<UnitClasses> LazyDefault = new(() => Load(
        CorpusLocator.DataFile("rules", FileName)
        ?? throw new FileNotFoundException($"corpus/rules/{FileName} not found; the build copies corpus/rules to the output")));

    /// <summary>The classes of the bundled corpus/rules/unit-classes.tsv, read on first use; throws when the file is not found.</summary>
    public static UnitClasses Default => LazyDefault.Value;

    internal IEnumerable<string> Units => byUnit.Keys;

    /// <summary>The class of this unit for this metric: a metric's own entry first, then the unit's; <see cref="Unspecified"/> without a unit, unit:&lt;unit&gt; for a unit the file does not know.</summary>
    public string ClassOf(string metric, string? unit)
    {
        if (string.IsNullOrEmpty(unit)) return Unspecified;
        if (byMetricUnit.TryGetValue((metric, unit), out var special)) return special;
        return byUnit.TryGetValue(unit, out var general) ? general : "unit:" + unit;
    }

    internal static UnitClasses Load(string path)
    {
        var byUnit = new Dictionary<string, string>(StringComparer.Ordinal);
        var byMetricUnit = new Dictionary<(string, string), string>();
        foreach (var raw in File.ReadLines(path))
        {
            if (raw.Length == 0 || raw[0] == '#') continue;
            var cells = raw.Split('\t');
            if (cells.Length == 2) byUnit[cells[0]] = cells[1];
            else if (cells.Length == 3 && cells[0].StartsWith("metric:", StringComparison.Ordinal))
                byMetricUnit[(cells[0]["metric:".Length..], cells[1])] = cells[2];
            else throw new FormatException($"{path}: cannot read the line '{raw}' (unit<TAB>class or metric:<name><TAB>unit<TAB>class)");
        }
        return new UnitClasses(byUnit, byMetricUnit);
    }
}
