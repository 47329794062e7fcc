namespace PressMine.Decode;

/// <summary>Tells binary payloads (images, archives, documents, executables) from text, in words.</summary>
internal static class BinarySniffer
{
    private static readonly (byte[] Magic, int Offset, string Name)[] Signatures =
    [
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], 0, "PNG image"),
        ([0xFF, 0xD8, 0xFF], 0, "JPEG image"),
        ("GIF8"u8.ToArray(), 0, "GIF image"),
        ("%PDF"u8.ToArray(), 0, "PDF document"),
        ([(byte)'P', (byte)'K', 0x03, 0x04], 0, "ZIP archive"),
        ([0x1F, 0x8B], 0, "GZIP archive"),
        ("BZh"u8.ToArray(), 0, "BZIP2 archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], 0, "7-Zip archive"),
        ("Rar!"u8.ToArray(), 0, "RAR archive"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], 0, "ELF executable"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], 0, "MS Office document"),
        ("SQLite format 3"u8.ToArray(), 0, "SQLite database"),
        ("ftyp"u8.ToArray(), 4, "MP4 video"),
        ("ID3"u8.ToArray(), 0, "MP3 audio"),
        ("OggS"u8.ToArray(), 0, "Ogg media"),
        ("WEBP"u8.ToArray(), 8, "WebP image"),
        ([0x00, (byte)'a', (byte)'s', (byte)'m'], 0, "WebAssembly module"),
        ("wOFF"u8.ToArray(), 0, "WOFF font"),
        ("wOF2"u8.ToArray(), 0, "WOFF2 font"),
    ];

    /// <summary>Returns a reason like "binary content (PNG image)" when the bytes are not text, else null.</summary>
    public static string? BinaryReason(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, offset, name) in Signatures)
        {
            if (bytes.Length >= offset + magic.Length && bytes.Slice(offset, magic.Length).SequenceEqual(magic))
                return $"binary content ({name})";
        }
        if (bytes.Length >= 2 && bytes[0] == 'M' && bytes[1] == 'Z' && LooksLikeExecutable(bytes))
            return "binary content (Windows executable)";

        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        int nul = 0, control = 0;
        foreach (var b in sample)
        {
            if (b == 0) nul++;
            else if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C and not 0x1B) control++;
            else if (b == 0x7F) control++;
        }
        if (nul > 0) return $"binary content ({nul} NUL bytes in the first {sample.Length} bytes)";
        if (sample.Length > 0 && control * 100 > sample.Length * 5)
            return $"binary content ({control * 100 / sample.Length}% control characters)";
        return null;
    }

    private static bool LooksLikeExecutable(ReadOnlySpan<byte> bytes)
        => bytes.Length >= 64 && bytes.IndexOf("This program cannot be run"u8) is >= 0 and < 512;
}
