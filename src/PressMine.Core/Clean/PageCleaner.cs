using System.Globalization;

namespace PressMine.Clean;

/// <summary>Turns a decoded page (HTML or text dump) into a <see cref="Records.CleanedPage"/>, or rejects it.</summary>
public sealed class PageCleaner
{
    /// <summary>
    /// Only this many characters are read: article text sits near the top, and the cap bounds time and memory.
    /// A longer page is cleaned from its first part and the result says so (<see cref="CleanResult.Note"/>, or the
    /// reject reason when the first part holds no article).
    /// </summary>
    public const int MaxInputChars = 3_000_000;

    public CleanResult Clean(string text, bool isTextDump, string? url)
    {
        if (string.IsNullOrWhiteSpace(text)) return CleanResult.Reject("empty page: no text");
        string? cut = null;
        if (text.Length > MaxInputChars)
        {
            cut = string.Create(CultureInfo.InvariantCulture, $"page of {text.Length:N0} characters cleaned from its first {MaxInputChars:N0} only");
            text = text[..MaxInputChars];
        }
        if (text.Contains('\0')) return CleanResult.Reject("binary content: text holds NUL characters");
        var result = isTextDump ? TextDumpCleaner.Clean(text, url) : HtmlCleaner.Clean(text, url);
        if (cut is null) return result;
        return result.Page is null ? CleanResult.Reject($"{result.RejectReason} ({cut})") : result with { Note = cut };
    }
}
