using PressMine.Dedup;
using PressMine.Records;

namespace PressMine.Pipeline;

/// <summary>What a dedup pass decided and how much of it was reused from the previous run.</summary>
sealed record DedupPassResult(IReadOnlyDictionary<string, string> Duplicates, int Signatures, int Reused, bool Incremental, long Comparisons);

/// <summary>
/// The work of <see cref="DedupStep"/> in `run`. The signature of a page whose body is unchanged since the previous run in
/// the same output directory is taken from its signatures.bin (as it was stored then); when the previous pages are all
/// still there, only the new pages are compared (incremental), else everything is compared again with the reused signatures.
/// </summary>
sealed class DedupPass(DedupParameters parameters, int memoryLimit, string spillDirectory)
{
    /// <param name="signaturesById">The kept articles' signatures, in ordinal id order.</param>
    public DedupPassResult Run(IEnumerable<DedupSignature> signaturesById, string? previousSignatures, string outputSignatures)
    {
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
        foreach (var signature in signaturesById)
        {
            if (storedIndex.TryGetValue(signature.Id, out var s) && s.ExactHash == signature.ExactHash) order.Add((true, s.Index));
            else { order.Add((false, fresh.Count)); fresh.Add(signature); }
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
