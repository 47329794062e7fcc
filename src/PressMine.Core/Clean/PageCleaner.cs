using PressMine.Records;

namespace PressMine.Clean;

/// <summary>Turns a decoded page (HTML or text dump) into a <see cref="CleanedPage"/>, or rejects it.</summary>
public sealed class PageCleaner
{
    public CleanResult Clean(string text, bool isTextDump, string? url)
    {
        throw new NotImplementedException("owned by the Clean work");
    }
}
