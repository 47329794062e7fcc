using System.Text;

namespace PressMine.Dedup;

/// <summary>Normalisation for duplicate detection: width-folded, lower-cased, letters/digits/CJK only.</summary>
public static class BodyNormalizer
{
    public static string Normalize(string body)
    {
        var folded = body.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(folded.Length);
        foreach (var ch in folded)
            if (char.IsLetterOrDigit(ch)) sb.Append(char.ToLowerInvariant(ch));
        return sb.ToString();
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
