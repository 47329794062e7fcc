using System.Globalization;
using System.Text.RegularExpressions;
using PressMine.Records;

namespace PressMine.Clean;

/// <summary>Finds publish times in text, meta values and URLs and writes them as ISO 8601 (+08:00 unless stated).</summary>
internal static partial class PublishTimeParser
{
    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d\d)\s*(?:[-/.]|年)\s*(?<m>\d{1,2})\s*(?:[-/.]|月)\s*(?<d>\d{1,2})(?!\d)\s*日?(?:\s*(?:T|\s|&nbsp;)?\s*(?<H>\d{1,2})\s*[:：时]\s*(?<M>\d{1,2})(?:\s*[:：分]\s*(?<S>\d{1,2})(?!\d))?)?")]
    private static partial Regex DateTimeText();

    [GeneratedRegex(@"^\s*(?<y>\d{4})-(?<m>\d\d)-(?<d>\d\d)[T ](?<H>\d\d):(?<M>\d\d)(?::(?<S>\d\d)(?:\.\d+)?)?\s*(?<z>Z|[+-]\d\d:?\d\d)\s*$")]
    private static partial Regex IsoWithOffset();

    [GeneratedRegex(@"(?<!\d)(?<y>20\d\d)[-_/]?(?<m>0[1-9]|1[0-2])[-_/]?(?<d>0[1-9]|[12]\d|3[01])(?!\d)")]
    private static partial Regex UrlDate();

    /// <summary>The first date (with time when given) in the text, normalised; null when there is none.</summary>
    public static string? FindInText(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        text = AsciiDigits(text);
        if (IsoWithOffset().Match(text) is { Success: true } iso && FromIso(iso) is { } stated) return stated;
        foreach (Match m in DateTimeText().Matches(text))
            if (Format(m) is { } value) return value;
        return null;
    }

    /// <summary>The first date in the text with where it stands, or null.</summary>
    public static (string Value, int Index, int Length)? Locate(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        text = AsciiDigits(text);
        foreach (Match m in DateTimeText().Matches(text))
            if (Format(m) is { } value) return (value, m.Index, m.Length);
        return null;
    }

    /// <summary>A date with an optional time from its parts, normalised; null when the parts are no date.</summary>
    public static string? FromParts(int year, int month, int day, int? hour, int? minute, int? second)
    {
        if (!IsDate(year, month, day, out var date)) return null;
        if (hour is not { } h || minute is not { } min || h > 23 || min > 59 || second is > 59)
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var local = date.AddHours(h).AddMinutes(min).AddSeconds(second ?? 0);
        return ChinaTime.Iso(new DateTimeOffset(local, ChinaTime.Offset));
    }

    /// <summary>A date only, read from URL paths such as /2020-02/19/, /202002/19/ or t20200219_.</summary>
    public static string? FromUrl(string? url)
    {
        if (string.IsNullOrEmpty(url)) return null;
        var path = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url;
        var m = UrlDate().Match(path);
        if (!m.Success) return null;
        return IsDate(Number(m, "y"), Number(m, "m"), Number(m, "d"), out var d)
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
    }

    private static string? FromIso(Match m)
    {
        if (!TryBuild(m, out var local)) return null;
        var z = m.Groups["z"].Value;
        var offset = TimeSpan.Zero;
        if (z != "Z")
        {
            // +18:00 or +08:60 is no offset at all: the caller then reads the date and time as China time.
            if (!TimeSpan.TryParseExact(z.Replace(":", "")[1..], "hhmm", CultureInfo.InvariantCulture, out offset) || offset > TimeSpan.FromHours(14))
                return null;
            if (z[0] == '-') offset = -offset;
        }
        // Shown in China time: the local calendar date is what matters for Chinese local news.
        return ChinaTime.Iso(new DateTimeOffset(local, offset));
    }

    private static string? Format(Match m)
    {
        if (!IsDate(Number(m, "y"), Number(m, "m"), Number(m, "d"), out var date))
            return null;
        if (!m.Groups["H"].Success) return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (!TryBuild(m, out var local)) return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return ChinaTime.Iso(new DateTimeOffset(local, ChinaTime.Offset));
    }

    private static bool TryBuild(Match m, out DateTime value)
    {
        value = default;
        if (!IsDate(Number(m, "y"), Number(m, "m"), Number(m, "d"), out var date))
            return false;
        int h = Number(m, "H"), min = Number(m, "M");
        int s = m.Groups["S"].Success ? Number(m, "S") : 0;
        if (h > 23 || min > 59 || s > 59) return false;
        value = date.AddHours(h).AddMinutes(min).AddSeconds(s);
        return true;
    }

    /// <summary>Full-width digits (２０２１年７月) as ASCII, one character for one, so positions stay where they were.</summary>
    private static string AsciiDigits(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('０', '９') < 0) return text;
        return string.Create(text.Length, text, (span, source) =>
        {
            for (int i = 0; i < span.Length; i++)
                span[i] = source[i] is >= '０' and <= '９' ? (char)('0' + (source[i] - '０')) : source[i];
        });
    }

    /// <summary>
    /// A matched group's digits as a number. The patterns' \d also matches full-width (２０２１) and other Unicode
    /// decimal digits, which Chinese pages do print and int.Parse refuses; each is read by its digit value.
    /// </summary>
    private static int Number(Match m, string group)
    {
        int value = 0;
        foreach (var ch in m.Groups[group].ValueSpan)
            value = checked(value * 10 + CharUnicodeInfo.GetDecimalDigitValue(ch));
        return value;
    }

    private static bool IsDate(int y, int m, int d, out DateTime date)
    {
        date = default;
        if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        date = new DateTime(y, m, d, 0, 0, 0, DateTimeKind.Unspecified);
        return true;
    }
}
