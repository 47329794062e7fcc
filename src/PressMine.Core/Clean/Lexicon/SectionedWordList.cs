namespace PressMine.Clean.Lexicon;

/// <summary>
/// A vocabulary file under corpus/: entries one a line under <c>[section-name]</c> headers (lower-case ASCII), <c>#</c> comments, tab-separated
/// fields within an entry. The cleaner's lexical signals live in such files, not in C# literals.
/// </summary>
internal sealed class SectionedWordList
{
    private readonly Dictionary<string, List<string[]>> _sections;

    private SectionedWordList(Dictionary<string, List<string[]>> sections) => _sections = sections;

    public static SectionedWordList Parse(IEnumerable<string> lines, string name)
    {
        var sections = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        List<string[]>? current = null;
        foreach (var raw in lines)
        {
            var hash = raw.IndexOf('#');
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0) continue;
            if (IsSectionHeader(line))
            {
                var section = line[1..^1].Trim();
                if (!sections.TryGetValue(section, out current)) sections[section] = current = [];
                continue;
            }
            if (current is null) throw new InvalidDataException($"{name}: entry '{line}' before any [section]");
            current.Add(line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        return new SectionedWordList(sections);
    }

    /// <summary>A header names its section in lower-case ASCII, digits and hyphens; "[打印]" is an entry, not a section.</summary>
    private static bool IsSectionHeader(string line)
        => line.Length > 2 && line[0] == '[' && line[^1] == ']' && line[1..^1].All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');

    /// <summary>Loads corpus/&lt;relative path&gt; (beside the program or in the source tree); a missing file is an error.</summary>
    public static SectionedWordList Load(params string[] relative)
    {
        var file = CorpusLocator.DataFile(relative)
                   ?? throw new FileNotFoundException($"vocabulary corpus/{string.Join('/', relative)} not found beside the program or in the source tree");
        return Parse(File.ReadLines(file), file);
    }

    /// <summary>The first field of every entry of a section; a missing section is an error (a typo must not silently empty a rule).</summary>
    public IReadOnlyList<string> Words(string section) => Entries(section).Select(e => e[0]).ToList();

    public IReadOnlyList<string[]> Entries(string section)
        => _sections.TryGetValue(section, out var entries) ? entries : throw new InvalidDataException($"vocabulary has no [{section}] section");
}
