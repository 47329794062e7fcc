using System.Text.Json;
using PressMine.Records;

namespace PressMine.Sink;

/// <summary>One input page of a run: its source_path, its article id and the SHA-256 of its bytes.</summary>
public sealed record ManifestInput(string Path, string Id, string Sha256);

/// <summary>manifest.json: what went in, with which version and options, what came out and how long it took.</summary>
public sealed record Manifest(
    string PressmineVersion,
    string CreatedAt,
    IReadOnlyList<string> Inputs,
    string? Shard,
    IReadOnlyList<string> Formats,
    bool Tokens,
    IReadOnlyDictionary<string, int> Counts,
    IReadOnlyDictionary<string, double> TimingsSeconds,
    IReadOnlyList<ManifestInput> Files)
{
    /// <summary>The manifest's file name in a dataset directory; a directory without it is not a complete dataset.</summary>
    public const string FileName = "manifest.json";

    /// <summary>The settings that change a run's rows (see RunFingerprint); null in manifests of older versions and of merges.</summary>
    public IReadOnlyDictionary<string, string>? Settings { get; init; }

    /// <summary>The steps of the run in order (per-page, then corpus steps such as dedup), with their options; null in
    /// manifests of older versions.</summary>
    public IReadOnlyList<StepDescription>? Steps { get; init; }

    /// <summary>What each step did to the pages this process ran (resumed pages are not counted again).</summary>
    public IReadOnlyList<StepReport>? StepStats { get; init; }

    /// <summary>
    /// Which run this dataset is (or is a shard of): a digest of the version, the inputs, a digest of every input file and
    /// the settings except --shard, so the shards of one run share it and `merge` can refuse shards of different runs.
    /// Null in manifests of older versions and of merges.
    /// </summary>
    public string? Run { get; init; }

    /// <summary><paramref name="counts"/> followed by <paramref name="more"/> (a corpus step's counts), capped to int.</summary>
    public static IReadOnlyDictionary<string, int> CountsWith(Dictionary<string, int> counts, IReadOnlyDictionary<string, long> more)
    {
        foreach (var (key, value) in more) counts[key] = (int)Math.Clamp(value, int.MinValue, int.MaxValue);
        return counts;
    }

    /// <summary>Writes manifest.json (indented, snake_case) into the directory, through a temporary file renamed into place.</summary>
    public void WriteTo(string directory)
    {
        var path = System.IO.Path.Combine(directory, FileName);
        var tmp = path + ".tmp";
        File.WriteAllText(tmp, JsonSerializer.Serialize(this, new JsonSerializerOptions(RecordJson.Options) { WriteIndented = true }));
        File.Move(tmp, path, overwrite: true);
    }

    /// <summary>The manifest of a dataset directory, or null when it has none; throws on a file that is not a manifest.</summary>
    public static Manifest? ReadFrom(string directory)
    {
        var path = System.IO.Path.Combine(directory, FileName);
        return File.Exists(path) ? JsonSerializer.Deserialize<Manifest>(File.ReadAllText(path), RecordJson.Options) : null;
    }
}
