using PressMine.Decode;

namespace PressMine.Pipeline;

/// <summary>Bytes to text: HTTP charset, BOM, meta, detection (see <see cref="CharsetDecoder"/>).</summary>
public sealed class DecodeStep : IPipelineStep
{
    /// <inheritdoc/>
    public string Name => "decode";

    /// <summary>None: decoding has no settings.</summary>
    public IReadOnlyDictionary<string, string> Options { get; } = new Dictionary<string, string>();

    /// <inheritdoc/>
    public Document Process(Document document)
    {
        var page = document.Page;
        var decoded = CharsetDecoder.Decode(page.Bytes, page.ContentType, !page.IsTextDump, out var error);
        return decoded is null ? document.Drop(Name, error ?? "cannot decode") : document with { Decoded = decoded };
    }
}
