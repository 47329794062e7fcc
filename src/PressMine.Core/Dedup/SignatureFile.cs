using System.Text;

namespace PressMine.Dedup;

/// <summary>One stored signature and the cluster decision made for it.</summary>
public sealed record StoredSignature(DedupSignature Signature, string? DuplicateOf);

/// <summary>
/// signatures.bin in a dataset directory: every non-rejected article's signature and its duplicate_of. It lets a
/// rerun compare only new pages, and `merge` deduplicate across shards without re-reading any body.
/// </summary>
public static class SignatureFile
{
    /// <summary>The file's name in a dataset directory; merge needs it in every shard.</summary>
    public const string FileName = "signatures.bin";
    const string Magic = "PMSIG1";

    internal static void Write(string path, IEnumerable<StoredSignature> signatures)
    {
        var tmp = path + ".tmp";
        using (var stream = new FileStream(tmp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var writer = new BinaryWriter(stream, Encoding.UTF8))
        {
            writer.Write(Magic);
            foreach (var s in signatures)
            {
                writer.Write(true);
                SignatureCodec.Write(writer, s.Signature);
                SignatureCodec.WriteNullable(writer, s.DuplicateOf);
            }
            writer.Write(false);
        }
        File.Move(tmp, path, overwrite: true);
    }

    internal static IEnumerable<StoredSignature> Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        if (reader.ReadString() != Magic) throw new InvalidDataException($"{path} is not a PressMine signature file");
        while (reader.ReadBoolean())
        {
            var signature = SignatureCodec.Read(reader);
            yield return new StoredSignature(signature, SignatureCodec.ReadNullable(reader));
        }
    }
}
