namespace PressMine.Dedup;

/// <summary>
/// An indexed list of signatures that keeps the first <c>memoryLimit</c> in memory and spills the rest to a
/// temporary file (read back by offset), so deduplicating millions of pages needs only ids and offsets in RAM.
/// </summary>
public sealed class SignatureSet : IDisposable
{
    readonly int memoryLimit;
    readonly List<DedupSignature> inMemory = [];
    readonly List<long> spillOffsets = [];
    readonly string? spillPath;
    FileStream? spill;
    BinaryWriter? spillWriter;

    /// <summary>An empty set keeping memoryLimit signatures in memory; the spill file goes into spillDirectory (null: the system's temporary directory) and is deleted when the set is disposed.</summary>
    public SignatureSet(int memoryLimit = 200_000, string? spillDirectory = null)
    {
        this.memoryLimit = memoryLimit;
        spillPath = Path.Combine(spillDirectory ?? Path.GetTempPath(), $"pressmine-signatures-{Environment.ProcessId}-{Guid.NewGuid():N}.spill");
    }

    internal int Count => inMemory.Count + spillOffsets.Count;
    /// <summary>Signatures written to the spill file rather than kept in memory.</summary>
    public int SpilledCount => spillOffsets.Count;

    /// <summary>Appends a signature; its index is the previous <see cref="Count"/>.</summary>
    public void Add(DedupSignature signature)
    {
        if (inMemory.Count < memoryLimit) { inMemory.Add(signature); return; }
        if (spill is null)
        {
            spill = new FileStream(spillPath!, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
            spillWriter = new BinaryWriter(spill, System.Text.Encoding.UTF8, leaveOpen: true);
        }
        spillWriter!.Flush();
        spillOffsets.Add(spill.Position);
        SignatureCodec.Write(spillWriter, signature);
    }

    internal DedupSignature this[int index]
    {
        get
        {
            if (index < inMemory.Count) return inMemory[index];
            int s = index - inMemory.Count;
            spillWriter!.Flush();
            long start = spillOffsets[s];
            long end = s + 1 < spillOffsets.Count ? spillOffsets[s + 1] : spill!.Length;
            var buffer = new byte[end - start];
            RandomAccess.Read(spill!.SafeFileHandle, buffer, start);
            using var reader = new BinaryReader(new MemoryStream(buffer));
            return SignatureCodec.Read(reader);
        }
    }

    /// <summary>Every signature in index order (the spilled part comes from the OS file cache, record by record).</summary>
    public IEnumerable<DedupSignature> InOrder()
    {
        for (int i = 0; i < Count; i++) yield return this[i];
    }

    /// <summary>Closes the spill file, which the OS deletes on close.</summary>
    public void Dispose()
    {
        spillWriter?.Dispose();
        spill?.Dispose();
    }
}
