using System.Globalization;

namespace PressMine.Places;

/// <summary>Reads corpus/gazetteer: divisions.tsv, common-words.txt, context-names.txt, renamed.tsv, national-scope.tsv (see the README there).</summary>
static class GazetteerLoader
{
    public static Gazetteer Load(string directory)
    {
        string divisionsPath = Path.Combine(directory, "divisions.tsv");
        if (!File.Exists(divisionsPath))
            throw new FileNotFoundException($"gazetteer not found: {divisionsPath}; the build copies corpus/gazetteer to the output.", divisionsPath);

        var lines = File.ReadAllLines(divisionsPath);
        int n = lines.Length - 1;
        var codes = new int[n];
        var names = new string[n];
        var shorts = new string?[n];
        var levels = new byte[n];
        var parentCodes = new int[n];
        Span<Range> fields = stackalloc Range[6];
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<char> line = lines[i + 1];
            if (line.Split(fields, '\t') != 5)
                throw new FormatException($"{divisionsPath}:{i + 2}: expected 5 tab-separated fields");
            codes[i] = int.Parse(line[fields[0]], CultureInfo.InvariantCulture);
            names[i] = line[fields[1]].ToString();
            levels[i] = (byte)(line[fields[2]][0] - '0');
            parentCodes[i] = line[fields[3]].IsEmpty ? 0 : int.Parse(line[fields[3]], CultureInfo.InvariantCulture);
            shorts[i] = line[fields[4]].IsEmpty ? null : line[fields[4]].ToString();
        }

        var indexByCode = new Dictionary<int, int>(n);
        for (int i = 0; i < n; i++) indexByCode.Add(codes[i], i);
        var parents = new int[n];
        for (int i = 0; i < n; i++)
            parents[i] = parentCodes[i] == 0 ? -1 : indexByCode[parentCodes[i]];

        var commonWords = ReadWords(Path.Combine(directory, "common-words.txt"));
        var contextNames = ReadWords(Path.Combine(directory, "context-names.txt"));
        var formerNames = ReadFormerNames(Path.Combine(directory, "renamed.tsv"), indexByCode);
        var nationalScope = ReadFirstFields(Path.Combine(directory, "national-scope.tsv"));
        return new Gazetteer(codes, names, shorts, levels, parents, indexByCode, commonWords, contextNames, formerNames, nationalScope);
    }

    static HashSet<string> ReadWords(string path)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        if (!File.Exists(path)) return words;
        foreach (var line in File.ReadLines(path))
            if (line.Length > 0) words.Add(line);
        return words;
    }

    /// <summary>The first field of each line of a word\texample file; '#' lines are comments.</summary>
    static string[] ReadFirstFields(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"gazetteer file not found: {path}; the build copies corpus/gazetteer to the output.", path);
        return File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')[0]).ToArray();
    }

    static List<(string Name, int Entry)> ReadFormerNames(string path, Dictionary<int, int> indexByCode)
    {
        var result = new List<(string, int)>();
        if (!File.Exists(path)) return result;
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var fields = line.Split('\t');
            if (fields.Length < 2) continue;
            int code = int.Parse(fields[1], CultureInfo.InvariantCulture);
            if (!indexByCode.TryGetValue(code, out int entry))
                throw new FormatException($"{path}: former name {fields[0]} points at unknown code {code}");
            result.Add((fields[0], entry));
        }
        return result;
    }
}
