using PressMine.Records;
using PressMine.Sink;

namespace PressMine.Tests.Dataset;

/// <summary>Facts an analyst can group and sum without reading the code: measure, unit_class, place, relative paths.</summary>
public class SummableFactsTests(CorpusRun corpus) : IClassFixture<CorpusRun>
{
    List<object?[]> Rows(string sql)
    {
        using var q = new DatasetQuery(corpus.Dir);
        return q.Run(sql).Rows.ToList();
    }

    [Fact]
    public void Measure_is_always_filled_and_names_other_facts_by_their_kind()
    {
        Assert.Empty(Rows("SELECT * FROM facts WHERE measure IS NULL OR measure = 'other' OR measure = ''"));
        Assert.Empty(Rows("SELECT * FROM facts WHERE metric <> 'other' AND measure <> metric"));
        Assert.Empty(Rows("SELECT * FROM facts WHERE metric = 'other' AND measure <> 'other.' || coalesce(kind, 'unspecified')"));
        Assert.Contains(Rows("SELECT DISTINCT measure FROM facts"), r => (string)r[0]! == "other.cases_filed");
    }

    [Fact]
    public void No_measure_and_unit_class_adds_units_that_count_different_things()
    {
        // 家 (entities) and 家次 (entity visits) are both entities_inspected in the corpus; they must not share a class.
        var classes = Rows("SELECT unit, any_value(unit_class) FROM facts WHERE metric = 'entities_inspected' GROUP BY unit")
            .ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
        Assert.Equal("entities", classes["家"]);
        Assert.Equal("entity_visits", classes["家次"]);
        Assert.Equal("percent", Rows("SELECT DISTINCT unit_class FROM facts WHERE metric = 'rectification_rate'").Single()[0]);
        // Within a (measure, unit_class) group every unit belongs to the same class by construction; the data file knows
        // every unit the corpus uses, so no fact falls back to a class of its own.
        Assert.Empty(Rows("SELECT unit FROM facts WHERE unit_class LIKE 'unit:%' OR unit_class = 'unspecified'"));
    }

    [Fact]
    public void Every_measure_word_the_extractor_reads_has_a_unit_class()
    {
        var units = File.ReadLines(Path.Combine(TestPaths.Corpus, "rules", "units.tsv"))
            .Where(l => l.StartsWith("measure_word\t", StringComparison.Ordinal) || l.StartsWith("place_unit\t", StringComparison.Ordinal))
            .Select(l => l.Split('\t')[1]).Append("%");
        var known = UnitClasses.Default.Units.ToHashSet();
        Assert.Empty(units.Where(u => !known.Contains(u)));
    }

    [Fact]
    public void Place_and_division_code_are_filled_for_every_fact_of_a_located_article()
    {
        Assert.Empty(Rows("""
            SELECT a.source_path, f.evidence FROM facts f JOIN articles a ON a.id = f.article_id
            WHERE a.division_code IS NOT NULL AND (f.place IS NULL OR f.division_code IS NULL)
            """));
        // Where the clause names no narrower place the count is the article's locality's.
        Assert.True(Rows("""
            SELECT count(*) FROM facts f JOIN articles a ON a.id = f.article_id WHERE f.division_code = a.division_code
            """).Single()[0] is long n && n > 100);
        // and a narrower place keeps its own code, under the article's province.
        Assert.Empty(Rows("""
            SELECT f.place FROM facts f JOIN articles a ON a.id = f.article_id
            WHERE f.division_code <> a.division_code AND length(f.division_code) < 2
            """));
    }

    [Fact]
    public void Source_paths_and_manifest_are_relative_to_the_input_root()
    {
        var paths = Rows("SELECT source_path FROM articles ORDER BY 1").Select(r => (string)r[0]!).ToList();
        Assert.Equal(99, paths.Count);
        Assert.Equal("001_ningbo_yinzhou_epidemic.html", paths[0]);
        Assert.DoesNotContain(paths, p => p.Contains(TestPaths.RepoRoot, StringComparison.Ordinal) || Path.IsPathRooted(p));
        var manifest = Manifest.ReadFrom(corpus.Dir)!;
        Assert.DoesNotContain(manifest.Files, f => Path.IsPathRooted(f.Path));
    }
}
