using System.Security.Cryptography;
using PressMine.Sink.Staging;
using PressMine.Sources;

namespace PressMine.Pipeline;

/// <summary>
/// The staging fingerprint of a run: the settings that change what the per-page stages write into the checkpoint
/// (shard, tokens, the jieba user dictionary, which also feeds the topic model) and the input files. Output formats
/// and the CSV options are applied when the tables are written, from the current command, so they do not count.
/// </summary>
static class RunFingerprint
{
    public static string Version => typeof(RunFingerprint).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static StagingFingerprint For(RunOptions options) => new("run", Version, Settings(options), options.Inputs.ToList());

    /// <summary>The settings as the manifest records them, so `merge` can tell shards of different runs apart.</summary>
    public static SortedDictionary<string, string> Settings(RunOptions options) => new(StringComparer.Ordinal)
    {
        ["--shard"] = options.Shard.ToString(),
        ["--tokens"] = options.Tokens ? "on" : "off",
        ["--user-dict"] = UserDictionary(options.UserDictionary),
        ["--include"] = string.Join(' ', options.Include),
    };

    /// <summary>The id every shard of one run shares (see <see cref="Sink.Manifest.Run"/>): the fingerprint without --shard.</summary>
    public static string RunId(StagingFingerprint staged)
    {
        var text = string.Join('\n', new[] { staged.Command, staged.Version, staged.InputFiles.ToString(), staged.InputListingSha256 }
            .Concat(staged.Inputs.Select(Path.GetFullPath))
            .Concat(staged.Settings.Where(s => s.Key != "--shard").OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}={s.Value}")));
        return Records.StableHash.Hex(text, 32);
    }

    public static IEnumerable<InputFileStamp> InputFiles(RunOptions options) =>
        new FileSystemSource(options.Inputs, include: options.Include).Entries().Select(e => InputFileStamp.Of(e.Path));

    /// <summary>The effective dictionary (the bundled one by default) by its content, so an edited file counts as another.</summary>
    static string UserDictionary(string? given)
    {
        var path = given is null ? CorpusLocator.DataFile("dict", "userdict.txt") : Path.GetFullPath(given);
        if (path is null || !File.Exists(path)) return given is null ? "bundled (missing)" : $"{path} (missing)";
        using var file = File.OpenRead(path);
        var sha = Convert.ToHexStringLower(SHA256.HashData(file))[..16];
        return given is null ? $"bundled (sha256 {sha})" : $"{path} (sha256 {sha})";
    }
}
