namespace PressMine.Extract.Evaluation;

/// <summary>A sentence of a rendered story body and its offsets (0-based, end exclusive), for annotating evidence.</summary>
public sealed record StorySentence(int Index, int Start, int End);

/// <summary>
/// Cuts a rendered story body into sentences: after 。！？ (with a closing quote that follows), and at line breaks.
/// Annotators name a sentence by its index; the gold stores the sentence's offsets.
/// </summary>
public static class StorySentences
{
    private const string Enders = "。！？!?";
    private const string Closers = "”’」』\"）)";

    /// <summary>The sentences of body in order, indexed from 0; blank stretches make no sentence.</summary>
    public static IReadOnlyList<StorySentence> Of(string body)
    {
        var result = new List<StorySentence>();
        var start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '\n') { Add(result, body, start, i); start = i + 1; continue; }
            if (Enders.IndexOf(body[i]) < 0) continue;
            var end = i + 1;
            while (end < body.Length && Closers.IndexOf(body[end]) >= 0) end++;
            Add(result, body, start, end);
            start = end;
            i = end - 1;
        }
        Add(result, body, start, body.Length);
        return result;
    }

    private static void Add(List<StorySentence> list, string body, int start, int end)
    {
        if (end > start && !string.IsNullOrWhiteSpace(body[start..end])) list.Add(new StorySentence(list.Count, start, end));
    }
}
