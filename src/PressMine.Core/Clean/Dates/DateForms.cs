using System.Text.RegularExpressions;

namespace PressMine.Clean;

/// <summary>
/// The written forms of a date that bylines use beyond the plain ones <see cref="PublishTimeParser"/> reads: US
/// month/day/year, a two-digit year, no year at all, and a date whose parts stand in separate elements.
/// </summary>
internal static partial class DateForms
{
    [GeneratedRegex(@"(?<!\d)(?<m>\d{1,2})/(?<d>\d{1,2})/(?<y>(?:19|20)\d\d)(?!\d)(?:\s+(?<H>\d{1,2}):(?<M>\d{2})(?::(?<S>\d{2}))?\s*(?<ampm>[AaPp][Mm])?)?")]
    private static partial Regex UsDate();

    [GeneratedRegex(@"^\s*[:：]?\s*(?<yy>\d{2})-(?<m>\d{1,2})-(?<d>\d{1,2})\s*(?<H>\d{1,2}):(?<M>\d{2})(?!\d)")]
    private static partial Regex TwoDigitYear();

    [GeneratedRegex(@"^\s*[:：]?\s*(?<m>\d{1,2})-(?<d>\d{1,2})\s*(?<H>\d{1,2}):(?<M>\d{2})(?!\d)")]
    private static partial Regex NoYear();

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d\d)\s+(?<m>\d{1,2})/(?<d>\d{1,2})(?!\d)(?:\s+(?<H>\d{1,2}):(?<M>\d{2}))?")]
    private static partial Regex SpaceSeparated();

    /// <summary>A full date anywhere in the text, in a plain, US or space-separated form, with its span.</summary>
    public static (string Value, int Index, int Length)? FullDate(string text)
    {
        if (PublishTimeParser.Locate(text) is { } plain) return plain;
        foreach (var form in new[] { UsDate(), SpaceSeparated() })
            if (form.Match(text) is { Success: true } m && Build(m, int.Parse(m.Groups["y"].Value)) is { } v) return (v, m.Index, m.Length);
        return null;
    }

    /// <summary>A date right at the start of <paramref name="text"/> (after a label): full, two-digit year, or null.</summary>
    public static string? LeadingDate(string text)
    {
        var trimmed = text.TrimStart(' ', ':', '：', '\u3000');
        if (FullDate(trimmed) is { Index: <= 1 } full) return full.Value;
        if (TwoDigitYear().Match(text) is { Success: true } m) return Build(m, 2000 + int.Parse(m.Groups["yy"].Value));
        return null;
    }

    /// <summary>A month-day-time right after a label ("10-0812:00"), or null.</summary>
    public static YearlessDate? LeadingYearless(string text)
    {
        var m = NoYear().Match(text);
        if (!m.Success) return null;
        int month = int.Parse(m.Groups["m"].Value), day = int.Parse(m.Groups["d"].Value);
        int hour = int.Parse(m.Groups["H"].Value), minute = int.Parse(m.Groups["M"].Value);
        return month is >= 1 and <= 12 && day is >= 1 and <= 31 && hour < 24 && minute < 60 ? new YearlessDate(month, day, hour, minute) : null;
    }

    private static string? Build(Match m, int year)
    {
        int? Part(string g) => m.Groups[g].Success ? int.Parse(m.Groups[g].Value) : null;
        int? hour = Part("H");
        if (hour is { } h && m.Groups["ampm"].Success)
        {
            bool pm = m.Groups["ampm"].Value.StartsWith('p') || m.Groups["ampm"].Value.StartsWith('P');
            hour = pm ? h % 12 + 12 : h % 12;
        }
        return PublishTimeParser.FromParts(year, int.Parse(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value), hour, Part("M"), Part("S"));
    }
}
