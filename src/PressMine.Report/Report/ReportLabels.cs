namespace PressMine.Report;

/// <summary>Readable names of measures and unit classes (corpus/rules/report-labels.tsv), with the ids as fallback.</summary>
public sealed class ReportLabels
{
    internal const string FileName = "report-labels.tsv";

    readonly IReadOnlyDictionary<(string Kind, string Id), string> labels;

    ReportLabels(IReadOnlyDictionary<(string, string), string> labels) => this.labels = labels;

    /// <summary>The labels of corpus/rules/report-labels.tsv; with that file absent, none (every name shows as its id).</summary>
    public static ReportLabels Load()
    {
        var path = CorpusLocator.DataFile("rules", FileName);
        var labels = new Dictionary<(string, string), string>();
        if (path is not null)
            foreach (var line in File.ReadLines(path))
            {
                if (line.Length == 0 || line[0] == '#') continue;
                var cells = line.Split('\t');
                if (cells.Length == 3) labels[(cells[0], cells[1])] = cells[2];
            }
        return new ReportLabels(labels);
    }

    /// <summary>发现问题 (problems_found); an unknown measure by its id.</summary>
    public string Measure(string measure) => labels.TryGetValue(("measure", measure), out var label) ? $"{label} ({measure})" : measure;

    /// <summary>The measure with what it counts: 检查单位 (entities_inspected) · 单位次（家次）.</summary>
    public string MeasureWithUnit(string measure, string unitClass) => $"{Measure(measure)} · {UnitClass(unitClass)}";

    /// <summary>The readable name of a unit class (items → 个、件、处、条、起), or the id when it has no label.</summary>
    public string UnitClass(string unitClass) => labels.TryGetValue(("unit_class", unitClass), out var label) ? label : unitClass;
}
