using System.Text;

namespace PressMine.Crawl;

/// <summary>
/// robots.txt per RFC 9309: groups of user-agent lines and allow/disallow rules, the groups matching this crawler's
/// product token merged (else the "*" group), the longest matching rule deciding (allow on a tie), "*" and "$" in
/// patterns, /robots.txt itself always allowed. Also the non-standard crawl-delay of the chosen groups, and sitemap lines.
/// </summary>
internal sealed class RobotsTxt
{
    /// <summary>RFC 9309 requires parsing at least 500 KiB; the rest is ignored.</summary>
    public const int MaxBytes = 500 * 1024;

    readonly IReadOnlyList<(bool Allow, string Pattern)> rules;

    RobotsTxt(IReadOnlyList<(bool, string)> rules, TimeSpan? crawlDelay, IReadOnlyList<string> sitemaps, bool disallowAll)
    {
        this.rules = rules;
        CrawlDelay = crawlDelay;
        Sitemaps = sitemaps;
        DisallowsAll = disallowAll;
    }

    public TimeSpan? CrawlDelay { get; }
    public IReadOnlyList<string> Sitemaps { get; }
    bool DisallowsAll { get; }

    /// <summary>No robots.txt (4xx): everything is allowed.</summary>
    public static readonly RobotsTxt AllowAll = new([], null, [], false);

    /// <summary>robots.txt unreachable (5xx, network error): RFC 9309 §2.3.1.4 says assume complete disallow.</summary>
    public static readonly RobotsTxt Unreachable = new([], null, [], true);

    public static RobotsTxt Parse(byte[] content, string productToken)
    {
        var text = Encoding.UTF8.GetString(content, 0, Math.Min(content.Length, MaxBytes));
        var chosen = new List<(bool, string)>();
        var wildcard = new List<(bool, string)>();
        TimeSpan? chosenDelay = null, wildcardDelay = null;
        var sitemaps = new List<string>();
        bool anyGroupMatched = false;

        var groupAgents = new List<string>();
        bool inRules = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine;
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            int colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent":
                    if (inRules) { groupAgents.Clear(); inRules = false; }
                    groupAgents.Add(value);
                    break;
                case "allow" or "disallow":
                    inRules = true;
                    if (value.Length == 0) break; // an empty rule matches nothing
                    var rule = (key == "allow", NormalizePattern(value));
                    if (groupAgents.Any(a => Matches(a, productToken))) { chosen.Add(rule); anyGroupMatched = true; }
                    if (groupAgents.Contains("*")) wildcard.Add(rule);
                    break;
                case "crawl-delay":
                    inRules = true;
                    if (!double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var seconds) || !(seconds >= 0)) break; // NaN too
                    var delay = TimeSpan.FromSeconds(Math.Min(seconds, 86_400));
                    if (groupAgents.Any(a => Matches(a, productToken))) { chosenDelay = delay; anyGroupMatched = true; }
                    if (groupAgents.Contains("*")) wildcardDelay = delay;
                    break;
                case "sitemap":
                    if (value.Length > 0) sitemaps.Add(value);
                    break;
            }
            // A group named for this crawler with no rules still counts as matching (it allows everything).
            if (key == "user-agent" && Matches(value, productToken)) anyGroupMatched = true;
        }
        return anyGroupMatched
            ? new RobotsTxt(chosen, chosenDelay, sitemaps, false)
            : new RobotsTxt(wildcard, wildcardDelay, sitemaps, false);
    }

    static bool Matches(string agentLine, string productToken) =>
        agentLine.Equals(productToken, StringComparison.OrdinalIgnoreCase) ||
        agentLine.StartsWith(productToken + "/", StringComparison.OrdinalIgnoreCase);

    public bool IsAllowed(Uri url)
    {
        var path = url.AbsolutePath + url.Query;
        if (path.Equals("/robots.txt", StringComparison.Ordinal)) return true;
        if (DisallowsAll) return false;
        path = NormalizePattern(path);
        int bestLength = -1;
        bool allowed = true;
        foreach (var (allow, pattern) in rules)
        {
            if (!PatternMatches(pattern, path)) continue;
            if (pattern.Length > bestLength || (pattern.Length == bestLength && allow))
            {
                bestLength = pattern.Length;
                allowed = allow;
            }
        }
        return allowed;
    }

    /// <summary>Percent-encodes non-ASCII characters as UTF-8 and upper-cases escapes, so patterns and paths compare octet by octet.</summary>
    static string NormalizePattern(string value)
    {
        var sb = new StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == '%' && i + 2 < value.Length && Uri.IsHexDigit(value[i + 1]) && Uri.IsHexDigit(value[i + 2]))
            {
                sb.Append('%').Append(char.ToUpperInvariant(value[i + 1])).Append(char.ToUpperInvariant(value[i + 2]));
                i += 2;
            }
            else if (c > 0x7F)
            {
                int length = char.IsHighSurrogate(c) && i + 1 < value.Length ? 2 : 1;
                foreach (var b in Encoding.UTF8.GetBytes(value.Substring(i, length))) sb.Append('%').Append(b.ToString("X2"));
                i += length - 1;
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Prefix match with "*" as any run of characters and a trailing "$" anchoring the end.</summary>
    static bool PatternMatches(string pattern, string path)
    {
        bool anchored = pattern.EndsWith('$');
        if (anchored) pattern = pattern[..^1];
        var pieces = pattern.Split('*');
        if (!path.StartsWith(pieces[0], StringComparison.Ordinal)) return false;
        int pos = pieces[0].Length;
        for (int i = 1; i < pieces.Length; i++)
        {
            bool last = i == pieces.Length - 1;
            if (last && anchored)
                return path.Length - pos >= pieces[i].Length && path.EndsWith(pieces[i], StringComparison.Ordinal);
            int found = path.IndexOf(pieces[i], pos, StringComparison.Ordinal);
            if (found < 0) return false;
            pos = found + pieces[i].Length;
        }
        return !anchored || pos == path.Length;
    }
}
