using PressMine.Records;

namespace PressMine.Clean;

/// <summary>The Clean stage's answer: a cleaned page, or a reason in words why the input is not an article.</summary>
public sealed record CleanResult(CleanedPage? Page, string? RejectReason)
{
    public static CleanResult Reject(string reason) => new(null, reason);
    public static CleanResult Accept(CleanedPage page) => new(page, null);
}
