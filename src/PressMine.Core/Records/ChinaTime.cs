using System.Globalization;

namespace PressMine.Records;

/// <summary>
/// China time (UTC+8, no daylight saving), in which the dataset writes every time as text: the local calendar day is
/// what matters for Chinese local news.
/// </summary>
public static class ChinaTime
{
    /// <summary>UTC+8.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The instant as ISO 8601 in China time, e.g. 2021-07-14T08:05:00+08:00.</summary>
    public static string Iso(DateTimeOffset instant) =>
        instant.ToOffset(Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>A UTC instant as DuckDB hands over a TIMESTAMP WITH TIME ZONE, as ISO 8601 in China time.</summary>
    public static string IsoFromUtc(DateTime utc) => Iso(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));
}
