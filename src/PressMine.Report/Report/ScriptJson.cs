using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PressMine.Report;

/// <summary>
/// JSON that is safe inside an HTML &lt;script&gt; element whatever its strings hold: &lt; &gt; &amp; and the JavaScript line
/// separators U+2028/U+2029 are written as \u escapes, so a page-derived string such as "&lt;/script&gt;&lt;script&gt;…" can
/// neither close the script nor open a comment or CDATA section; the value the script reads is unchanged. Outside
/// strings JSON never holds these characters, so replacing them everywhere is exact.
/// </summary>
internal static class ScriptJson
{
    static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(object value) => Escape(JsonSerializer.Serialize(value, Options));

    public static string Escape(string json)
    {
        var sb = new StringBuilder(json.Length + 16);
        foreach (var ch in json)
            sb.Append(ch switch
            {
                '<' => "\\u003c",
                '>' => "\\u003e",
                '&' => "\\u0026",
                '\u2028' => "\\u2028",
                '\u2029' => "\\u2029",
                _ => ch.ToString(),
            });
        return sb.ToString();
    }
}
