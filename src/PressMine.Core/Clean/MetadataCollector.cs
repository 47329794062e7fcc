namespace PressMine.Clean;

/// <summary>Merges the fields of several metadata lines: the date nearest the title, first source, all names.</summary>
internal sealed class MetadataCollector
{
    private readonly List<string> _authors = [];
    private readonly List<string> _editors = [];
    private string? _date;
    private int _dateDistance = int.MaxValue;

    public string? Source { get; private set; }
    public string? PublishedAt => _date;
    /// <summary>How far the date's line stands from the headline (see <see cref="TextDumpCleaner.DistanceFromTitle"/>).</summary>
    public int DateDistance => _dateDistance;
    public string? Author => _authors.Count == 0 ? null : string.Join(' ', _authors);
    public string? Editor => _editors.Count == 0 ? null : string.Join(' ', _editors);

    /// <summary>Adds one metadata line; the date of the line with the smallest distance from the title wins.</summary>
    public void Add(string line, int distanceFromTitle)
    {
        var fields = MetadataLines.Parse(line);
        Source ??= fields.Source;
        AddNames(_authors, fields.Authors);
        if (_editors.Count == 0) AddNames(_editors, fields.Editors);
        if (fields.PublishedAt is { } date && distanceFromTitle < _dateDistance)
        {
            _dateDistance = distanceFromTitle;
            _date = date;
        }
    }

    public void AddReporters(IEnumerable<string> names) => AddNames(_authors, names);

    private static void AddNames(List<string> target, IEnumerable<string> names)
    {
        foreach (var n in names)
            if (!target.Contains(n)) target.Add(n);
    }
}
