using System.Buffers;
using System.Text;

namespace PressMine.Decode;

/// <summary>
/// How UTF-8-like a byte string is: the multi-byte characters that decode and the sequences that do not. GBK, Big5 and
/// other legacy Chinese text breaks UTF-8's rules within a few characters, so many good multi-byte characters with
/// at most a few bad sequences can only be UTF-8 (a page damaged in transit or cut at a byte boundary).
/// </summary>
internal readonly record struct Utf8Profile(int MultiByteChars, int InvalidSequences)
{
    /// <summary>Fewer multi-byte characters than this is too little text to overrule a declaration or a detector.</summary>
    public const int MinEvidence = 20;

    /// <summary>At most this share of bad sequences (per multi-byte character) still reads as UTF-8 with a few stray bytes.</summary>
    public const double MaxStrayShare = 0.02;

    public bool IsValid => InvalidSequences == 0;

    /// <summary>Strictly valid with enough multi-byte text that no legacy charset could have produced it.</summary>
    public bool IsSurelyUtf8 => IsValid && MultiByteChars >= MinEvidence;

    /// <summary>UTF-8 with a few stray bytes: decode as UTF-8 with replacement characters, never as a legacy charset.</summary>
    public bool IsMostlyUtf8 => MultiByteChars >= MinEvidence && InvalidSequences <= MultiByteChars * MaxStrayShare;

    public static Utf8Profile Measure(ReadOnlySpan<byte> bytes)
    {
        int multi = 0, invalid = 0;
        while (true)
        {
            int high = bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            if (high < 0) break;
            bytes = bytes[high..];
            var status = Rune.DecodeFromUtf8(bytes, out _, out int consumed);
            if (status == OperationStatus.Done) multi++;
            else invalid++;
            bytes = bytes[Math.Max(consumed, 1)..];
        }
        return new Utf8Profile(multi, invalid);
    }
}
