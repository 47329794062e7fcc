namespace PressMine.Dedup;

/// <summary>
/// The places a body names, as a key that tells template-sharing reports from different places apart. Dedup only
/// names what it needs; the place vocabulary that provides it (the gazetteer) lives with the extractor.
/// </summary>
public interface IPlaceKey
{
    /// <summary>A comma-separated, sorted list of the places <paramref name="body"/> names; empty when none.</summary>
    string Key(string body);
}
