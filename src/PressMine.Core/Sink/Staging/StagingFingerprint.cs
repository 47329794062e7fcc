using System.Text.Json;
using PressMine.Records;

namespace PressMine.Sink.Staging;

/// <summary>
/// What a staging directory is being built from: the command, PressMine's version, the settings that change what a
/// page's checkpoint line holds, the inputs as given and a digest of every input file (path, size, mtime). Written
/// into the staging directory as its marker; a rerun that would build something else must not resume from it.
/// </summary>
public sealed record StagingFingerprint(
    string Command,
    string Version,
    IReadOnlyDictionary<string, string> Settings,
    IReadOnlyList<string> Inputs)
{
    internal const string FileName = "pressmine-staging.json";

    /// <summary>Identifies the file as PressMine's own (so a directory holding it may be cleared).</summary>
    public string Marker { get; init; } = MarkerValue;

    /// <summary>How many input files the listing holds.</summary>
    public int InputFiles { get; init; }
    /// <summary>SHA-256 of the input listing's bytes (pressmine-inputs.jsonl): changes when any input file's path, size or mtime does.</summary>
    public string InputListingSha256 { get; init; } = "";

    const string MarkerValue = "pressmine-staging/1";

    internal static string Path(string stagingDir) => System.IO.Path.Combine(stagingDir, FileName);

    internal static bool IsPresent(string stagingDir) => File.Exists(Path(stagingDir));

    /// <summary>The fingerprint a staging directory holds, or null when it has none (or one that cannot be read).</summary>
    public static StagingFingerprint? ReadFrom(string stagingDir)
    {
        var path = Path(stagingDir);
        if (!File.Exists(path)) return null;
        try
        {
            var read = JsonSerializer.Deserialize<StagingFingerprint>(File.ReadAllText(path), RecordJson.Options);
            return read?.Marker == MarkerValue ? read : null;
        }
        catch (JsonException) { return null; }
    }

    internal void WriteTo(string stagingDir)
    {
        var path = Path(stagingDir);
        File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(this, new JsonSerializerOptions(RecordJson.Options) { WriteIndented = true }));
        File.Move(path + ".tmp", path, overwrite: true);
    }

    /// <summary>What differs from the run that built <paramref name="earlier"/>, in words; empty when nothing does.</summary>
    public IReadOnlyList<string> DifferencesFrom(StagingFingerprint earlier)
    {
        var differences = new List<string>();
        if (Command != earlier.Command) differences.Add($"command (was {earlier.Command}, now {Command})");
        if (Version != earlier.Version) differences.Add($"PressMine version (was {earlier.Version}, now {Version})");
        foreach (var key in Settings.Keys.Union(earlier.Settings.Keys).Order(StringComparer.Ordinal))
        {
            var was = earlier.Settings.GetValueOrDefault(key, "unset");
            var now = Settings.GetValueOrDefault(key, "unset");
            if (was != now) differences.Add($"{key} (was {was}, now {now})");
        }
        if (!Inputs.SequenceEqual(earlier.Inputs, StringComparer.Ordinal))
            differences.Add($"inputs (was {string.Join(" ", earlier.Inputs)}, now {string.Join(" ", Inputs)})");
        else if (InputFiles != earlier.InputFiles || InputListingSha256 != earlier.InputListingSha256)
            differences.Add($"input files ({earlier.InputFiles} before, {InputFiles} now)");
        return differences;
    }
}
