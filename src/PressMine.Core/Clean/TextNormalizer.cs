using System.Text;

namespace PressMine.Clean;

/// <summary>Whitespace handling shared by the HTML and text-dump cleaners.</summary>
internal static class TextNormalizer
{
    /// <summary>True for ASCII whitespace, no-break space, ideographic space and zero-width characters.</summary>
    public static bool IsSpace(char c)
        => char.IsWhiteSpace(c) || c is '\u00A0' or '\u3000' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF';

    /// <summary>Trims leading/trailing full-width and ASCII spaces and collapses inner runs of spaces to one.</summary>
    public static string CleanLine(string line)
    {
        var sb = new StringBuilder(line.Length);
        bool pendingSpace = false;
        foreach (var c in line)
        {
            if (IsSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>A comparison key: no spaces, full-width ASCII folded to half-width, lower case.</summary>
    public static string Key(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (IsSpace(c)) continue;
            var folded = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            sb.Append(char.ToLowerInvariant(folded));
        }
        return sb.ToString();
    }

    /// <summary>Count of CJK ideographs, the unit of length used for Chinese text.</summary>
    public static int CjkCount(string text)
    {
        int n = 0;
        foreach (var c in text)
            if (IsCjk(c)) n++;
        return n;
    }

    public static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    /// <summary>Count of Chinese sentence punctuation marks (and ASCII commas, which dumps often use instead).</summary>
    public static int SentencePunctuation(string text)
    {
        int n = 0;
        foreach (var c in text)
            if (c is '。' or ',' or '，' or '、' or ';' or '；' or '!' or '！' or '?' or '？' or '：' or '“' or '”') n++;
        return n;
    }
}
