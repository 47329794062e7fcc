using PressMine.Dedup;
using PressMine.Records;

namespace PressMine.Pipeline;

/// <summary>What a dedup pass decided and how much of it was reused from the previous run.</summary>
sealed record DedupPassResult(IReadOnlyDictionary<string, string> Duplicates, int Signatures, int Reused, bool Incremental, long Comparisons);

/// <summary>
/// The work of <see cref="DedupStep"/> in `run`. Signatures of pages whose body is unchanged since the previous run in the
/// same output directory are taken from its signatures.bin; when the previous pages are all still there, only the
/// new pages are compared (incremental), else everything is compared again with the reused signatures.
/// </summary>
sealed class DedupPass(DedupParameters parameters, IPlaceKey? places, int memoryLimit, string spillDirectory, int parallelism)
{
    public DedupPassResult Run(IEnumerable<Article> okArticlesById, string? previousSignatures, string outputSignatures)
    {
        var hasher = new MinHasher();
        using var stored = new SignatureSet(memoryLimit, spillDirectory);
        var storedIndex = new Dictionary<string, (int Index, string ExactHash)>(StringComparer.Ordinal);
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        if (previousSignatures is not null && File.Exists(previousSignatures))
            foreach (var s in SignatureFile.Read(previousSignatures))
            {
                storedIndex[s.Signature.Id] = (stored.Count, s.Signature.ExactHash);
                stored.Add(s.Signature);
                if (s.DuplicateOf is not null) known[s.Signature.Id] = s.DuplicateOf;
            }

        using var fresh = new SignatureSet(memoryLimit, spillDirectory);
        var order = new List<(bool Stored, int Index)>();
        var computed = okArticlesById.AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, parallelism))
            .Select(a =>
            {
                var exact = StableHash.Hex(BodyNormalizer.Normalize(a.Body ?? ""), 32);
                return storedIndex.TryGetValue(a.Id, out var s) && s.ExactHash == exact
                    ? (Reuse: s.Index, Signature: null)
                    : (Reuse: -1, Signature: DedupSignature.For(a, hasher, places));
            });
        foreach (var (reuse, signature) in computed)
        {
            if (reuse >= 0) order.Add((true, reuse));
            else { order.Add((false, fresh.Count)); fresh.Add(signature!); }
        }
        int reused = order.Count(o => o.Stored);
        bool incremental = stored.Count > 0 && reused == stored.Count;

        SignatureSet set;
        int firstNew;
        using var rebuilt = new SignatureSet(memoryLimit, spillDirectory);
        if (incremental)
        {
            firstNew = stored.Count;
            foreach (var s in fresh.InOrder()) stored.Add(s);
            set = stored;
        }
        else
        {
            foreach (var (isStored, index) in order) rebuilt.Add(isStored ? stored[index] : fresh[index]);
            set = rebuilt;
            firstNew = 0;
            known.Clear();
        }

        var result = new Deduplicator(parameters).Run(set, firstNew, incremental ? known : null);
        SignatureFile.Write(outputSignatures, set.InOrder().Select(s => new StoredSignature(s, result.Duplicates.GetValueOrDefault(s.Id))));
        return new DedupPassResult(result.Duplicates, set.Count, reused, incremental, result.Comparisons);
    }
}
