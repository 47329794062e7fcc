namespace PressMine.Extract;

/// <summary>A verb of the lexicon as the rule files give it.</summary>
internal sealed record ActionWord(string Word, ActionKind Kind, string? OtherKind);

/// <summary>
/// The extractor's vocabularies, read from corpus/rules (actions.tsv, nouns.tsv, units.tsv, cues.tsv, report-cues.tsv; each line
/// an entry with an example, see the headers there). Lists keep the order of their file.
/// </summary>
internal sealed class RuleBook
{
    private readonly Dictionary<string, string[]> lists;

    public IReadOnlyList<ActionWord> Actions { get; }

    private RuleBook(IReadOnlyList<ActionWord> actions, Dictionary<string, string[]> lists)
    {
        Actions = actions;
        this.lists = lists;
    }

    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "corpus", "rules");

    private static readonly Lazy<RuleBook> LazyDefault = new(() => Load(DefaultDirectory));

    /// <summary>The rules copied beside the binaries by the build.</summary>
    public static RuleBook Default => LazyDefault.Value;

    /// <summary>The names of all word lists, in ordinal order.</summary>
    public IReadOnlyList<string> ListNames => lists.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>The entries of a list (e.g. "entity", "metric:inspections"); an unknown list is a bug in the caller.</summary>
    public IReadOnlyList<string> List(string name) =>
        lists.TryGetValue(name, out var words) ? words : throw new KeyNotFoundException($"no rule list '{name}' in corpus/rules");

    public static RuleBook Load(string directory)
    {
        var actions = Rows(directory, "actions.tsv", 4).Select(r => new ActionWord(r.Fields[0], ParseKind(r), Empty(r.Fields[2]))).ToList();
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in (string[])["nouns.tsv", "units.tsv", "cues.tsv", "report-cues.tsv"])
        foreach (var row in Rows(directory, file, 3))
        {
            if (!lists.TryGetValue(row.Fields[0], out var words)) lists[row.Fields[0]] = words = [];
            words.Add(row.Fields[1]);
        }
        return new RuleBook(actions, lists.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal));
    }

    private sealed record Row(string Where, string[] Fields);

    private static IEnumerable<Row> Rows(string directory, string file, int fieldCount)
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
            throw new FileNotFoundException($"rule file not found: {path}; the build copies corpus/rules to the output.", path);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            if (fields.Length != fieldCount || fields[0].Length == 0 || fields[1].Length == 0 || fields[^1].Length == 0)
                throw new FormatException($"{path}:{number}: expected {fieldCount} tab-separated fields, the last an example");
            yield return new Row($"{path}:{number}", fields);
        }
    }

    private static ActionKind ParseKind(Row row) =>
        Enum.TryParse<ActionKind>(row.Fields[1], out var kind) ? kind : throw new FormatException($"{row.Where}: unknown kind '{row.Fields[1]}'");

    private static string? Empty(string s) => s.Length == 0 ? null : s;
}
