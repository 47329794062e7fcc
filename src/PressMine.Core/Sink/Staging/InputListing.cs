using System.Security.Cryptography;
using System.Text.Json;
using PressMine.Records;

namespace PressMine.Sink.Staging;

/// <summary>One input file as a staging directory saw it: the path as given and in full, its size and modification time.</summary>
public sealed record InputFileStamp(string Path, string FullPath, long Size, long ModifiedUtcTicks)
{
    /// <summary>Reads size and mtime; a file that cannot be read gets -1 for both (it is still listed: it gets a row).</summary>
    public static InputFileStamp Of(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        try
        {
            var info = new FileInfo(full);
            return info.Exists ? new(path, full, info.Length, info.LastWriteTimeUtc.Ticks) : new(path, full, -1, -1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return new(path, full, -1, -1); }
    }
}

/// <summary>
/// The staging directory's list of input files, one JSON line each, in the order the source reads them. Only its
/// count and digest go into the fingerprint; the list itself lets a mismatch name the first file that differs,
/// read line by line so a large input set is never held in memory.
/// </summary>
internal static class InputListing
{
    public const string FileName = "pressmine-inputs.jsonl";

    /// <summary>Writes the listing to <paramref name="path"/> and returns how many files it holds and the SHA-256 of its bytes.</summary>
    public static (int Count, string Sha256) Write(string path, IEnumerable<InputFileStamp> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        int count = 0;
        using (var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)))
            foreach (var file in files)
            {
                var line = JsonSerializer.Serialize(file, RecordJson.Options) + "\n";
                hash.AppendData(System.Text.Encoding.UTF8.GetBytes(line));
                writer.Write(line);
                count++;
            }
        return (count, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>The first entry where two listings part, in words; null when they are the same.</summary>
    public static string? FirstDifference(string earlierPath, string currentPath)
    {
        if (!File.Exists(earlierPath)) return null;
        using var earlier = new StreamReader(earlierPath);
        using var current = new StreamReader(currentPath);
        while (true)
        {
            var was = Parse(earlier.ReadLine());
            var now = Parse(current.ReadLine());
            if (was is null && now is null) return null;
            if (was is null) return $"'{now!.Path}' is new";
            if (now is null) return $"'{was.Path}' is gone";
            if (was == now) continue;
            if (was.Path != now.Path || was.FullPath != now.FullPath) return $"'{was.Path}' before, '{now.Path}' now";
            return was.Size != now.Size ? $"'{now.Path}' changed size ({was.Size} → {now.Size} bytes)" : $"'{now.Path}' was modified";
        }
    }

    static InputFileStamp? Parse(string? line)
    {
        if (string.IsNullOrEmpty(line)) return null;
        try { return JsonSerializer.Deserialize<InputFileStamp>(line, RecordJson.Options); }
        catch (JsonException) { return null; }
    }
}
