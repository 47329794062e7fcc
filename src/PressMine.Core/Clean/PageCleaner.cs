namespace PressMine.Clean;

/// <summary>Turns a decoded page (HTML or text dump) into a <see cref="Records.CleanedPage"/>, or rejects it.</summary>
public sealed class PageCleaner
{
    /// <summary>Only this many characters are read: article text sits near the top, and the cap bounds time and memory.</summary>
    public const int MaxInputChars = 3_000_000;

    public CleanResult Clean(string text, bool isTextDump, string? url)
    {
        if (string.IsNullOrWhiteSpace(text)) return CleanResult.Reject("empty page: no text");
        if (text.Length > MaxInputChars) text = text[..MaxInputChars];
        if (text.Contains('\0')) return CleanResult.Reject("binary content: text holds NUL characters");
        return isTextDump ? TextDumpCleaner.Clean(text, url) : HtmlCleaner.Clean(text, url);
    }
}
