using System.Text.RegularExpressions;
using PressMine.Sink;

namespace PressMine.Tests.Dataset;

/// <summary>
/// docs/CONTRACT-extensions.md cannot drift from the dataset: every column it lists exists with the type it states,
/// every view it lists exists, and every column of a corpus run is either in ../shared/CONTRACT.md or in that file.
/// </summary>
public partial class ContractExtensionsDocTests(CorpusRun corpus) : IClassFixture<CorpusRun>
{
    static string DocPath => Path.Combine(TestPaths.RepoRoot, "docs", "CONTRACT-extensions.md");

    [GeneratedRegex(@"^\|\s*`?([a-z_]+)`?((?:,\s*`?[a-z_]+`?)*)\s*\|\s*([^|]*?)\s*\|", RegexOptions.Multiline)]
    private static partial Regex Row();

    /// <summary>(table, column) → type for the rows of each "## table" section of a markdown file.</summary>
    static Dictionary<(string Table, string Column), string> Columns(string markdown, params string[] tables)
    {
        var result = new Dictionary<(string, string), string>();
        foreach (var section in markdown.Split("\n## ").Skip(1))
        {
            var heading = section[..section.IndexOf('\n')].Trim();
            var table = tables.FirstOrDefault(t => heading.Contains($"`{t}`", StringComparison.Ordinal) || heading == t);
            if (table is null) continue;
            foreach (Match m in Row().Matches(section))
            {
                var names = new[] { m.Groups[1].Value }.Concat(m.Groups[2].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => n.Trim('`')));
                foreach (var name in names.Where(n => n is not "column" and not "view"))
                    result[(table, name)] = m.Groups[3].Value;
            }
        }
        return result;
    }

    Dictionary<(string Table, string Column), string> Described()
    {
        using var query = new DatasetQuery(corpus.Dir);
        var result = new Dictionary<(string, string), string>();
        foreach (var table in new[] { "articles", "facts" })
            foreach (var row in query.Run($"DESCRIBE {table}").Rows)
                result[(table, (string)row[0]!)] = (string)row[1]!;
        return result;
    }

    [Fact]
    public void Every_documented_column_exists_with_its_stated_type()
    {
        var documented = Columns(File.ReadAllText(DocPath), "articles", "facts");
        Assert.True(documented.Count >= 10, $"the doc's tables were not read ({documented.Count} columns)");
        var described = Described();
        var wrong = documented
            .Where(d => !described.TryGetValue(d.Key, out var type) || !string.Equals(type, d.Value, StringComparison.OrdinalIgnoreCase))
            .Select(d => $"{d.Key.Table}.{d.Key.Column}: doc says {d.Value}, dataset has {(described.TryGetValue(d.Key, out var t) ? t : "no such column")}");
        Assert.Empty(wrong);
    }

    [Fact]
    public void Every_documented_view_exists()
    {
        var views = Columns(File.ReadAllText(DocPath), "views").Keys.Select(k => k.Column).ToList();
        Assert.Contains("facts_summable", views);
        using var query = new DatasetQuery(corpus.Dir);
        foreach (var view in views)
            Assert.NotNull(query.Run($"SELECT count(*) FROM {view}").Rows.Single()[0]);
    }

    [SkippableFact]
    public void Every_column_of_the_dataset_is_in_the_contract_or_the_extensions()
    {
        var contractPath = Requires.Present(Path.Combine(TestPaths.RepoRoot, "..", "shared", "CONTRACT.md") is var p && File.Exists(p) ? p : null,
            "../shared/CONTRACT.md", Requires.SharedVariable);
        var contract = ContractColumns(File.ReadAllText(contractPath));
        var documented = Columns(File.ReadAllText(DocPath), "articles", "facts").Keys.ToHashSet();
        var undocumented = Described().Keys.Where(k => !contract.Contains(k) && !documented.Contains(k)).Select(k => $"{k.Table}.{k.Column}");
        Assert.Empty(undocumented);
    }

    /// <summary>The contract lists its tables as "`articles`: …" paragraphs followed by a column table.</summary>
    static HashSet<(string, string)> ContractColumns(string markdown)
    {
        var result = new HashSet<(string, string)>();
        string? table = null;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith("`articles`:", StringComparison.Ordinal)) table = "articles";
            else if (line.StartsWith("`facts`:", StringComparison.Ordinal)) table = "facts";
            else if (line.StartsWith('#')) table = null;
            if (table is null || !line.StartsWith('|')) continue;
            var cell = line.Split('|')[1];
            foreach (Match m in Regex.Matches(cell, "`([a-z_]+)`")) result.Add((table, m.Groups[1].Value));
        }
        return result;
    }
}
