using PressMine.Records;

namespace PressMine.Clean;

/// <summary>
/// The Clean stage's answer: a cleaned page, or a reason in words why the input is not an article. <see cref="Note"/>
/// says when an accepted page was cleaned from part of its input only (an oversized page cut at the size cap).
/// </summary>
public sealed record CleanResult(CleanedPage? Page, string? RejectReason, string? Note = null)
{
    internal static CleanResult Reject(string reason) => new(null, reason);
    internal static CleanResult Accept(CleanedPage page) => new(page, null);
    internal bool IsTruncated => Note is not null;
}
