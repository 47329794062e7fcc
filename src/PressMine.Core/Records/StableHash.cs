using System.Security.Cryptography;
using System.Text;

namespace PressMine.Records;

/// <summary>Hashes that stay the same across processes and machines (unlike string.GetHashCode).</summary>
public static class StableHash
{
    /// <summary>The first hexChars lowercase hex digits (at most 64) of SHA-256 over the text's UTF-8.</summary>
    public static string Hex(string text, int hexChars = 16)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), digest);
        return Convert.ToHexStringLower(digest)[..hexChars];
    }

    internal static ulong UInt64(string text)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), digest);
        return BitConverter.ToUInt64(digest);
    }
}
