using System.Text.Json;

namespace PressMine.Extract.Topic;

/// <summary>
/// The hand-labelled texts the topic model learns from: every corpus/expected/*.json page with a
/// <c>"topic"</c> (title + body), and every line of the extractor's dev set files (*.jsonl) with a <c>"topic"</c>.
/// </summary>
public static class TopicTrainingSet
{
    /// <summary>The dev set folder of the source tree, found from the corpus directory; null when absent.</summary>
    public static string? DefaultDevSetDirectory(string corpusDirectory)
    {
        var dir = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(corpusDirectory))!, "tests", "PressMine.Tests", "Extract", "DevSet");
        return Directory.Exists(dir) ? dir : null;
    }

    /// <summary>The labelled texts of corpusDirectory/expected (title and body) and of devSetDirectory's *.jsonl (null: none), expected files first, in file-name order; texts without a "topic" are left out; throws on a topic other than supervision or other.</summary>
    public static IReadOnlyList<LabelledText> Load(string corpusDirectory, string? devSetDirectory)
    {
        var texts = new List<LabelledText>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(corpusDirectory, "expected"), "*.json").Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var root = doc.RootElement;
            if (Topic(root, path) is not { } isSupervision) continue;
            var title = root.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            texts.Add(new LabelledText($"{title}\n{Body(root)}", isSupervision));
        }
        if (devSetDirectory is not null)
            foreach (var path in Directory.EnumerateFiles(devSetDirectory, "*.jsonl").Order(StringComparer.Ordinal))
            foreach (var line in File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)))
            {
                using var doc = JsonDocument.Parse(line);
                if (Topic(doc.RootElement, path) is { } isSupervision)
                    texts.Add(new LabelledText(doc.RootElement.GetProperty("text").GetString() ?? "", isSupervision));
            }
        return texts;
    }

    static bool? Topic(JsonElement root, string path)
    {
        if (!root.TryGetProperty("topic", out var topic) || topic.ValueKind == JsonValueKind.Null) return null;
        return topic.GetString() switch
        {
            TopicModel.Supervision => true,
            TopicModel.OtherNews => false,
            var other => throw new InvalidDataException($"{path}: topic '{other}' is neither '{TopicModel.Supervision}' nor '{TopicModel.OtherNews}'"),
        };
    }

    static string Body(JsonElement root) => root.TryGetProperty("body", out var body) ? body.ValueKind switch
    {
        JsonValueKind.String => body.GetString() ?? "",
        JsonValueKind.Array => string.Join('\n', body.EnumerateArray().Select(p => p.GetString())),
        _ => "",
    } : "";
}
