using System.Text.RegularExpressions;
using PressMine.Clean.Lexicon;

namespace PressMine.Clean;

/// <summary>
/// Credits written in brackets at the end of an article: a closing line "（文：向红梅 编审：刘海波）" or the same group
/// appended to the last paragraph ("…喝上放心水。（编辑：刘海波）"). They are metadata, not article text.
/// </summary>
internal static partial class TrailingCredits
{
    private const int MaxCreditLength = 80;

    // A bracketed group holding a byline label (corpus/clean/byline-labels.txt [credit-labels]), closing the paragraph.
    private static Regex CreditGroup() => CleanLexicon.Default.Labels.CreditGroup;

    /// <summary>True when the whole line is a bracketed credit group with a labelled name in it.</summary>
    public static bool IsCreditLine(string line)
        => line.Length <= MaxCreditLength && !line.Contains('。') && CreditGroup().Match(line) is { Success: true, Index: 0 } m
           && MetadataLines.Parse(m.Groups["credit"].Value).HasAny;

    /// <summary>
    /// The body without a credit group closing its last paragraph, and the credit text (null when there is none).
    /// A paragraph that is only the credit group is dropped.
    /// </summary>
    public static (IReadOnlyList<string> Body, string? Credit) Split(IReadOnlyList<string> paragraphs)
    {
        if (paragraphs.Count == 0) return (paragraphs, null);
        var last = paragraphs[^1];
        var m = CreditGroup().Match(last);
        if (!m.Success || m.Length > MaxCreditLength) return (paragraphs, null);
        var credit = m.Groups["credit"].Value;
        var fields = MetadataLines.Parse(credit);
        if (fields.Editors.Count == 0 && fields.Authors.Count == 0 && fields.Source is null) return (paragraphs, null);
        var rest = last[..m.Index].TrimEnd();
        var body = paragraphs.Take(paragraphs.Count - 1).ToList();
        if (rest.Length > 0) body.Add(rest);
        return (body, credit);
    }
}
