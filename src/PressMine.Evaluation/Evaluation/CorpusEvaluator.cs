using PressMine.Clean;
using PressMine.Dedup;
using PressMine.Extract;
using PressMine.Places;
using PressMine.Pipeline;
using PressMine.Records;
using PressMine.Sources;

namespace PressMine.Evaluation;

/// <summary>One corpus page: what PressMine produced next to what a human wrote down.</summary>
public sealed record PageComparison(string Stem, ExpectedPage Expected, ProcessedPage Actual);

/// <summary>
/// Runs the per-page stages and dedup over corpus/pages and scores them against corpus/expected:
/// status, body characters, title, date, metadata, duplicated paragraphs, facts, places, duplicates.
/// </summary>
public sealed class CorpusEvaluator(IPlaceResolver places)
{
    /// <summary>Processes corpusDir/pages (only pages with an expected file in corpusDir/expected) and scores them; dedup runs in a temporary directory deleted afterwards.</summary>
    public CorpusReport Evaluate(string corpusDir)
    {
        var processor = new StepList(StandardSteps.Create(new RunOptions { Inputs = [], OutDir = "" }.StepOptions, places).All);
        var expectedDir = Path.Combine(corpusDir, "expected");
        var comparisons = new List<PageComparison>();
        foreach (var page in new FileSystemSource([Path.Combine(corpusDir, "pages")]).Read())
        {
            var stem = Stem(page.SourcePath);
            var expectedPath = Path.Combine(expectedDir, stem + ".json");
            if (!File.Exists(expectedPath)) continue;
            comparisons.Add(new PageComparison(stem, ExpectedPage.Load(expectedPath), processor.Process(page)));
        }
        return new CorpusReport(comparisons, DuplicatePairs(comparisons));
    }

    static string Stem(string path)
    {
        var name = Path.GetFileName(path);
        int dot = name.IndexOf('.');
        return dot < 0 ? name : name[..dot];
    }

    /// <summary>
    /// Pairs (a, b) judged duplicates, as stems, against the pairs the expected files name. The duplicates come from
    /// the run's own corpus steps (<see cref="RunOptions.CorpusSteps"/>: dedup, pages in id order, the place key on), so this measures what
    /// `run` ships.
    /// </summary>
    static Prf DuplicatePairs(List<PageComparison> comparisons)
    {
        var ok = comparisons.Where(c => c.Actual.Article.Status == ArticleStatus.Ok)
            .OrderBy(c => c.Actual.Article.Id, StringComparer.Ordinal).ToList();
        var stemOf = ok.ToDictionary(c => c.Actual.Article.Id, c => c.Stem);
        var found = RunDedup(ok.Select(c => c.Actual.Article));
        var predicted = ClusterPairs(found.Select(kv => (stemOf[kv.Key], stemOf[kv.Value])));
        var expected = ClusterPairs(comparisons.Where(c => c.Expected.DuplicateOf is not null).Select(c => (c.Stem, c.Expected.DuplicateOf!)));
        return new Prf(predicted.Intersect(expected).Count(), predicted.Count, expected.Count);
    }

    static IReadOnlyDictionary<string, string> RunDedup(IEnumerable<Article> okArticlesById)
    {
        var defaults = new RunOptions { Inputs = [], OutDir = "" };
        var scratch = Directory.CreateTempSubdirectory("pressmine-evaluate-");
        try
        {
            var steps = new CorpusStepList(defaults.CorpusSteps);
            return steps.Run(() => okArticlesById, scratch.FullName, previousDataset: null).Duplicates;
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    static HashSet<(string, string)> ClusterPairs(IEnumerable<(string Member, string Canonical)> links)
    {
        var clusters = links.GroupBy(l => l.Canonical, l => l.Member).Select(g => g.Append(g.Key).Distinct().Order().ToList());
        var pairs = new HashSet<(string, string)>();
        foreach (var c in clusters)
            for (int i = 0; i < c.Count; i++)
                for (int j = i + 1; j < c.Count; j++)
                    pairs.Add((c[i], c[j]));
        return pairs;
    }
}
