using System.Text;

namespace PressMine.Dedup;

/// <summary>
/// Normalisation for duplicate detection: credit lines (来源：…, 编辑：…) dropped, width-folded, lower-cased,
/// letters/digits/CJK only. A republished copy's added 来源 line is then no difference at all.
/// </summary>
public static class BodyNormalizer
{
    static readonly string[] CreditWords = ["来源", "稿源", "编辑", "责任编辑", "记者", "通讯员", "作者"];

    /// <summary>The body as dedup compares it: NFKC, credit lines dropped, then only letters and digits (CJK included), lower-cased, lines run together.</summary>
    public static string Normalize(string body)
    {
        var folded = body.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(folded.Length);
        foreach (var line in folded.Split('\n'))
        {
            if (IsCreditLine(line)) continue;
            foreach (var ch in line)
                if (char.IsLetterOrDigit(ch)) sb.Append(char.ToLowerInvariant(ch));
        }
        return sb.ToString();
    }

    /// <summary>A line that only credits the source, editor or reporter: 来源：宁波日报, （编辑 王芳）.</summary>
    public static bool IsCreditLine(string line)
    {
        var t = line.TrimStart(' ', '\u3000', '\t', '（', '(', '【', '[');
        foreach (var w in CreditWords)
            if (t.StartsWith(w, StringComparison.Ordinal) && t.Length > w.Length && t[w.Length] is '：' or ':' or ' ' or '\u3000')
                return t.Length < 40;
        return false;
    }

    /// <summary>
    /// The numbers of a body in order. Digits are kept (not normalised away, as generic corpus tools do):
    /// two reports that share a template but differ in their counts are different reports.
    /// </summary>
    public static string NumbersKey(string body)
    {
        var folded = body.Normalize(NormalizationForm.FormKC);
        var numbers = new SortedSet<string>(StringComparer.Ordinal);
        var current = new StringBuilder();
        foreach (var ch in folded.Append(' '))
        {
            if (char.IsAsciiDigit(ch) || (ch == '.' && current.Length > 0)) current.Append(ch);
            else if (current.Length > 0)
            {
                numbers.Add(current.ToString().TrimEnd('.'));
                current.Clear();
            }
        }
        return string.Join(',', numbers);
    }
}
