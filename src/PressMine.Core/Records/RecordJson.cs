using System.Text.Encodings.Web;
using System.Text.Json;

namespace PressMine.Records;

/// <summary>How PressMine writes its own JSON files (checkpoint, manifest, staging marker): snake_case, CJK unescaped.</summary>
internal static class RecordJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };
}
