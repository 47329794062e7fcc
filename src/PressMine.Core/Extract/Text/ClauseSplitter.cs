namespace PressMine.Extract;

/// <summary>A piece of the body: <c>body.Substring(Start, End - Start) == Text</c>.</summary>
internal sealed record TextSpan(int Start, int End, string Text)
{
    public int Length => End - Start;
}

/// <summary>
/// Splits a body into periods (ended by 。！？ or a line break), sentences (periods further split on ；),
/// and clauses (sentences split on ，：). The enumeration comma 、 never splits: "搜集、发现问题40件" is one clause.
/// Every span is trimmed of white space and stray closing quotes, and keeps exact offsets into the body.
/// </summary>
internal static class ClauseSplitter
{
    private const string PeriodEnds = "。！？!?\n";
    private const string SentenceEnds = "。！？!?；;\n";
    private const string ClauseEnds = "，,：:";
    private const string Trimmed = " \t\r\n\u3000\u00a0”’」』)）";
    private const string TrimmedAtEnd = " \t\r\n\u3000\u00a0";

    /// <summary>Periods: the unit that carries a date phrase (截至…) to every count after it.</summary>
    public static IReadOnlyList<TextSpan> Periods(string body) => Split(body, 0, body.Length, PeriodEnds);

    /// <summary>Sentences: the evidence unit.</summary>
    public static IReadOnlyList<TextSpan> Sentences(string body) => Split(body, 0, body.Length, SentenceEnds);

    public static IReadOnlyList<TextSpan> Sentences(string body, TextSpan within) => Split(body, within.Start, within.End, SentenceEnds);

    public static IReadOnlyList<TextSpan> Clauses(string body, TextSpan within) =>
        Split(body, within.Start, within.End, ClauseEnds + SentenceEnds);

    private static List<TextSpan> Split(string body, int from, int to, string ends)
    {
        var spans = new List<TextSpan>();
        var start = from;
        for (var i = from; i < to; i++)
        {
            if (!ends.Contains(body[i]) || IsThousandsSeparator(body, i)) continue;
            // A closing quote right after the mark stays with its sentence.
            var end = i + 1;
            while (end < to && (body[end] is '”' or '’' or '」' or '』')) end++;
            Add(body, start, end, spans);
            start = end;
            i = end - 1;
        }
        Add(body, start, to, spans);
        return spans;
    }

    /// <summary>The ',' of 1,234 is not a clause break.</summary>
    private static bool IsThousandsSeparator(string body, int i) =>
        body[i] == ',' && i > 0 && char.IsAsciiDigit(body[i - 1])
        && i + 3 < body.Length && char.IsAsciiDigit(body[i + 1]) && char.IsAsciiDigit(body[i + 2]) && char.IsAsciiDigit(body[i + 3])
        && (i + 4 >= body.Length || !char.IsAsciiDigit(body[i + 4]));

    private static void Add(string body, int start, int end, List<TextSpan> spans)
    {
        while (start < end && Trimmed.Contains(body[start])) start++;
        while (end > start && TrimmedAtEnd.Contains(body[end - 1])) end--;
        if (end > start) spans.Add(new TextSpan(start, end, body[start..end]));
    }
}
