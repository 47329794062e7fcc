using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PressMine.Evaluation;

namespace PressMine.Tests.Evaluation;

/// <summary>
/// The evaluation floors, all in tests/PressMine.Tests/Evaluation/floors.json, each set pinned to the SHA-256 of the
/// pages and expected files it was measured on. Changed data fails until the set is re-measured and the digest
/// updated; a floor moves only down, and each move is logged in the set's "changes" with its reason.
/// </summary>
public sealed record FloorChange(string Floor, double From, double To, string Reason);

public sealed record FloorSet(
    IReadOnlyList<string> Data,
    string Sha256,
    IReadOnlyDictionary<string, double> Min,
    IReadOnlyDictionary<string, double> Max,
    IReadOnlyList<FloorChange> Changes);

public static class EvaluationFloors
{
    public static string FilePath => Path.Combine(TestPaths.RepoRoot, "tests", "PressMine.Tests", "Evaluation", "floors.json");

    public static IReadOnlyDictionary<string, FloorSet> Load() =>
        JsonSerializer.Deserialize<Dictionary<string, FloorSet>>(File.ReadAllText(FilePath),
            new JsonSerializerOptions { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip })!;

    /// <summary>SHA-256 over every file under the set's data directories: relative path, NUL, bytes, in ordinal path order.</summary>
    public static string Digest(IEnumerable<string> dataDirs)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var dir in dataDirs)
        {
            var root = Path.Combine(TestPaths.RepoRoot, dir);
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                         .Select(f => Path.GetRelativePath(TestPaths.RepoRoot, f).Replace('\\', '/')).Order(StringComparer.Ordinal))
            {
                sha.AppendData(Encoding.UTF8.GetBytes(file + "\0"));
                sha.AppendData(File.ReadAllBytes(Path.Combine(TestPaths.RepoRoot, file)));
            }
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>The measures of a corpus report the floors name.</summary>
    public static IReadOnlyDictionary<string, double> Measures(CorpusReport r) => new Dictionary<string, double>
    {
        ["status_accuracy"] = r.StatusAccuracy, ["body_f1"] = r.Body.F1, ["title"] = r.TitleAccuracy, ["date"] = r.DateAccuracy,
        ["source"] = r.SourceAccuracy, ["place"] = r.PlaceAccuracy, ["fact_f1"] = r.Facts.F1,
        ["duplicate_pair_precision"] = r.DuplicatePairs.Precision, ["duplicate_pair_recall"] = r.DuplicatePairs.Recall,
        ["duplicated_paragraph_rate"] = r.DuplicatedParagraphRate, ["pages"] = r.Pages.Count,
    };

    /// <summary>Fails when the set's data is not what its floors were measured on, or a measure is past its bound.</summary>
    public static void Check(string name, CorpusReport report)
    {
        var set = Load()[name];
        var digest = Digest(set.Data);
        Assert.True(digest == set.Sha256,
            $"the data of floor set '{name}' changed (sha256 {digest}, floors measured on {set.Sha256}): re-measure, " +
            "update the digest in floors.json, and move a floor only down, with a reason in its changes");
        var measures = Measures(report);
        var failures = set.Min.Where(f => measures[f.Key] < f.Value).Select(f => $"{f.Key} {measures[f.Key]:F3} < floor {f.Value:F3}")
            .Concat(set.Max.Where(f => measures[f.Key] > f.Value).Select(f => $"{f.Key} {measures[f.Key]:F3} > ceiling {f.Value:F3}"))
            .ToList();
        Assert.Empty(failures);
    }
}
