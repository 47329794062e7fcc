namespace PressMine.Dedup;

/// <summary>The signatures of several shard datasets as one set in id order (the order a single run uses).</summary>
static class ShardSignatures
{
    /// <summary>Reads each dataset's signatures.bin; an id given to two shards counts once; spills past the limit.</summary>
    public static SignatureSet Load(IReadOnlyList<string> shardDatasets, int memoryLimit, string spillDirectory)
    {
        var perShard = new List<SignatureSet>();
        try
        {
            var order = new List<(string Id, int Shard, int Index)>();
            for (int s = 0; s < shardDatasets.Count; s++)
            {
                var shardSet = new SignatureSet(memoryLimit / Math.Max(1, shardDatasets.Count), spillDirectory);
                perShard.Add(shardSet);
                foreach (var stored in SignatureFile.Read(Path.Combine(shardDatasets[s], SignatureFile.FileName)))
                {
                    order.Add((stored.Signature.Id, s, shardSet.Count));
                    shardSet.Add(stored.Signature);
                }
            }
            order.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            var set = new SignatureSet(memoryLimit, spillDirectory);
            string? previous = null;
            foreach (var (id, shard, index) in order)
            {
                if (id == previous) continue;
                set.Add(perShard[shard][index]);
                previous = id;
            }
            return set;
        }
        finally
        {
            foreach (var s in perShard) s.Dispose();
        }
    }
}
