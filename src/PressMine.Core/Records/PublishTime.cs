using System.Globalization;

namespace PressMine.Records;

/// <summary>
/// A publish time as the dataset types it: the instant (midnight China time when only a day is known), the calendar
/// day in the page's own offset, and how much of it the page states. Read from the Clean stage's ISO text, which is
/// either <c>yyyy-MM-dd</c> or <c>yyyy-MM-ddTHH:mm:ss±hh:mm</c>.
/// </summary>
public sealed record PublishTime(DateTimeOffset At, DateOnly Date, string Precision)
{
    /// <summary><see cref="Precision"/> when the page gives only the day.</summary>
    public const string Day = "day";
    /// <summary><see cref="Precision"/> when the page gives the time to the minute (or seconds that are :00).</summary>
    public const string Minute = "minute";
    /// <summary><see cref="Precision"/> when the page gives non-zero seconds.</summary>
    public const string Second = "second";

    /// <summary>
    /// Null for null or unreadable text. The Clean stage writes a time without seconds as <c>:00</c>, so a time whose
    /// seconds are zero is read as stated to the minute (a page that states <c>:00</c> seconds is under-reported, never over).
    /// </summary>
    public static PublishTime? Parse(string? iso)
    {
        if (string.IsNullOrWhiteSpace(iso)) return null;
        var text = iso.Trim();
        if (text.Length == 10)
            return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? new PublishTime(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset), day, Day)
                : null;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)) return null;
        return new PublishTime(at, DateOnly.FromDateTime(at.DateTime), at.Second == 0 && at.Millisecond == 0 ? Minute : Second);
    }
}
