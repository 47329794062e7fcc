namespace PressMine.Dedup;

/// <summary>The binary form of one <see cref="DedupSignature"/> (about 600 bytes), used by spill files and signatures.bin.</summary>
internal static class SignatureCodec
{
    public static void Write(BinaryWriter w, DedupSignature s)
    {
        w.Write(s.Id);
        w.Write(s.ExactHash);
        w.Write((ushort)s.MinHash.Length);
        foreach (var v in s.MinHash) w.Write(v);
        w.Write(s.NumbersKey);
        w.Write(s.PlaceKey);
        WriteNullable(w, s.PublishedAt);
        WriteNullable(w, s.Site);
        WriteNullable(w, s.Source);
        w.Write(s.BodyLength);
    }

    public static DedupSignature Read(BinaryReader r)
    {
        var id = r.ReadString();
        var exact = r.ReadString();
        var minHash = new uint[r.ReadUInt16()];
        for (int i = 0; i < minHash.Length; i++) minHash[i] = r.ReadUInt32();
        return new DedupSignature(id, exact, minHash, r.ReadString(), r.ReadString(),
            ReadNullable(r), ReadNullable(r), ReadNullable(r), r.ReadInt32());
    }

    public static void WriteNullable(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null) w.Write(value);
    }

    public static string? ReadNullable(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;
}
