using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using PressMine.Records;

namespace PressMine.Clean;

/// <summary>
/// Publish times that a page keeps only in an inline script as Unix seconds (WeChat articles show "昨天" and keep
/// <c>var ct = "1581517074"</c>). The variable names come from corpus/clean/publish-dates.txt.
/// </summary>
internal static partial class ScriptDates
{
    private static readonly DateTimeOffset Earliest = new(1995, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [GeneratedRegex(@"(?<![\w$])(?<name>[A-Za-z_$][\w$]*)\s*[:=]\s*[""']?(?<seconds>[0-9]{10})[""']?")]
    private static partial Regex Assignment();

    private const int SecondsDigits = 10;

    /// <summary>
    /// A run of at least <paramref name="count"/> ASCII digits: a script without one cannot hold the assignment, and
    /// most scripts (trackers, widgets) are skipped before the regex runs. Other scripts' digits (\d would take
    /// ١٢٣…) are not Unix seconds and would not parse.
    /// </summary>
    private static bool HasDigitRun(string code, int count)
    {
        int run = 0;
        foreach (var c in code)
            if (!char.IsAsciiDigit(c)) run = 0;
            else if (++run == count) return true;
        return false;
    }

    public static IEnumerable<DateCandidate> Find(IDocument doc, PublishDateCues cues, PublishDateOptions o)
    {
        if (cues.ScriptUnixTimes.Count == 0) yield break;
        var names = cues.ScriptUnixTimes.ToHashSet(StringComparer.Ordinal);
        foreach (var script in doc.QuerySelectorAll("script:not([src])"))
        {
            var code = script.TextContent;
            if (code.Length > o.MaxScriptChars || !HasDigitRun(code, SecondsDigits)) continue;
            foreach (Match m in Assignment().Matches(code))
            {
                if (!names.Contains(m.Groups["name"].Value)) continue;
                var instant = DateTimeOffset.FromUnixTimeSeconds(long.Parse(m.Groups["seconds"].Value, CultureInfo.InvariantCulture));
                if (instant < Earliest || instant > DateTimeOffset.UtcNow.AddDays(1)) continue;
                yield return new DateCandidate(ChinaTime.Iso(instant), DateBasis.Script, o.ScriptStrength);
            }
        }
    }
}
