using PressMine.Dedup;
using PressMine.Records;
using PressMine.Tests.Pipeline;

namespace PressMine.Tests.Dedup;

public class IncrementalAndSpillTests
{
    static List<DedupSignature> Signatures(int count)
    {
        var hasher = new MinHasher();
        return PressMineBenchArticles(count).Select(a => DedupSignature.For(a, hasher)).ToList();
    }

    /// <summary>Report-like bodies; every 5th republishes the one before it with its lead trimmed.</summary>
    static IEnumerable<Article> PressMineBenchArticles(int count)
    {
        string previous = "";
        for (int i = 0; i < count; i++)
        {
            var body = i % 5 == 4
                ? previous[(previous.IndexOf('\n') + 1)..] + "\n（来源：县融媒体中心）"
                : $"第{i}期督查简报：督查组深入{i % 7 + 1}个乡镇检查防汛工作。\n共检查点位{i * 3 + 11}个，发现问题{i * 2 + 5}个，已整改{i + 4}个。\n督查组要求各地压实责任，限期整改，确保安全度汛，第{i}号。";
            if (i % 5 != 4) previous = body;
            yield return new Article { Id = $"a{i:D4}", SourcePath = $"p{i}", Status = ArticleStatus.Ok, Body = body, PublishedAt = $"2022-01-{i % 28 + 1:D2}" };
        }
    }

    static DedupResult RunOn(IEnumerable<DedupSignature> signatures, int memoryLimit, int firstNew = 0, IReadOnlyDictionary<string, string>? known = null)
    {
        using var set = new SignatureSet(memoryLimit, TestPaths.NewTempDir());
        foreach (var s in signatures) set.Add(s);
        return new Deduplicator().Run(set, firstNew, known);
    }

    [Fact]
    public void Spilled_signatures_give_the_same_clusters_as_in_memory()
    {
        var all = Signatures(300);
        var inMemory = RunOn(all, int.MaxValue);
        var spilled = RunOn(all, 40);
        Assert.Equal(60, inMemory.Duplicates.Count);
        Assert.Equal(inMemory.Duplicates.OrderBy(d => d.Key), spilled.Duplicates.OrderBy(d => d.Key));
    }

    [Fact]
    public void Band_keys_over_budget_are_done_in_several_passes_with_the_same_result()
    {
        var all = Signatures(200);
        using var set = new SignatureSet(int.MaxValue);
        foreach (var s in all) set.Add(s);
        var onePass = new Deduplicator().Run(set);
        var manyPasses = new Deduplicator(DedupParameters.Default with { BandKeyBudgetBytes = 8 * 200 * 3 }).Run(set);
        Assert.Equal(onePass.Duplicates.OrderBy(d => d.Key), manyPasses.Duplicates.OrderBy(d => d.Key));
    }

    [Fact]
    public void Incremental_run_compares_only_new_signatures_and_matches_a_full_run()
    {
        var all = Signatures(250);
        var old = all.Take(200).ToList();
        var firstRun = RunOn(old, int.MaxValue);
        var full = RunOn(all, int.MaxValue);
        var incremental = RunOn(all, int.MaxValue, firstNew: 200, known: firstRun.Duplicates);
        Assert.Equal(full.Duplicates.OrderBy(d => d.Key), incremental.Duplicates.OrderBy(d => d.Key));
        Assert.True(incremental.CandidatePairs < full.CandidatePairs, $"{incremental.CandidatePairs} vs {full.CandidatePairs}");

        var nothingNew = RunOn(old, int.MaxValue, firstNew: 200, known: firstRun.Duplicates);
        Assert.Equal(0, nothingNew.CandidatePairs);
        Assert.Equal(firstRun.Duplicates.OrderBy(d => d.Key), nothingNew.Duplicates.OrderBy(d => d.Key));
    }

    [Fact]
    public void Signature_file_round_trips()
    {
        var path = Path.Combine(TestPaths.NewTempDir(), SignatureFile.FileName);
        var all = Signatures(20);
        SignatureFile.Write(path, all.Select((s, i) => new StoredSignature(s, i == 4 ? "a0003" : null)));
        var back = SignatureFile.Read(path).ToList();
        Assert.Equal(all.Select(s => (s.Id, s.ExactHash, s.NumbersKey, s.BodyLength)), back.Select(b => (b.Signature.Id, b.Signature.ExactHash, b.Signature.NumbersKey, b.Signature.BodyLength)));
        Assert.Equal(all[7].MinHash, back[7].Signature.MinHash);
        Assert.Equal("a0003", back[4].DuplicateOf);
    }

    [Fact]
    public void Rerun_over_corpus_plus_new_pages_reuses_stored_signatures_and_compares_only_new_pages()
    {
        var dir = TestPaths.NewTempDir();
        var part = Path.Combine(dir, "pages");
        Directory.CreateDirectory(part);
        var pages = Directory.GetFiles(Path.Combine(TestPaths.Corpus, "pages")).Order().ToList();
        foreach (var f in pages.Take(40)) File.Copy(f, Path.Combine(part, Path.GetFileName(f)));
        var outDir = Path.Combine(dir, "out");
        Assert.Equal(0, CliRunner.Run("run", part, "--out", outDir).ExitCode);
        foreach (var f in pages.Skip(40)) File.Copy(f, Path.Combine(part, Path.GetFileName(f)));
        Assert.Equal(0, CliRunner.Run("run", part, "--out", outDir).ExitCode);
        var fresh = Path.Combine(dir, "fresh");
        Assert.Equal(0, CliRunner.Run("run", part, "--out", fresh).ExitCode);

        var again = PressMine.Sink.Manifest.ReadFrom(outDir)!;
        var once = PressMine.Sink.Manifest.ReadFrom(fresh)!;
        Assert.Equal(1, again.Counts["dedup_incremental"]);
        Assert.True(again.Counts["signatures_reused"] > 30, $"reused {again.Counts["signatures_reused"]}");
        Assert.Equal(0, once.Counts["signatures_reused"]);
        Assert.Equal(once.Counts["duplicate"], again.Counts["duplicate"]);
        Assert.Equal(Statuses(fresh), Statuses(outDir));
    }

    static string Statuses(string dataset)
    {
        using var q = new PressMine.Sink.DatasetQuery(dataset);
        return string.Join("\n", q.Run("SELECT id, status, duplicate_of FROM articles ORDER BY id").Rows.Select(r => string.Join('|', r)));
    }
}
