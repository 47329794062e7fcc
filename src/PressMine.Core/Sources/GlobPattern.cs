using System.Text;
using System.Text.RegularExpressions;

namespace PressMine.Sources;

/// <summary>
/// A shell-style pattern for <c>run --include</c>: <c>*</c> and <c>?</c> within a path segment, <c>**</c> across
/// segments, <c>[abc]</c> sets; case-insensitive. A pattern without '/' matches the file name, one with '/' the path
/// below the input directory.
/// </summary>
internal sealed class GlobPattern
{
    readonly Regex regex;
    readonly bool matchesName;

    /// <summary>Compiles <paramref name="pattern"/> in the syntax described on the class.</summary>
    public GlobPattern(string pattern)
    {
        Text = pattern;
        matchesName = !pattern.Contains('/');
        regex = new Regex("^" + Translate(pattern) + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>The pattern as given.</summary>
    public string Text { get; }

    /// <summary>True when the path below the input directory (or its file name, for a pattern without '/') matches.</summary>
    public bool Matches(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        return regex.IsMatch(matchesName ? path[(path.LastIndexOf('/') + 1)..] : path);
    }

    /// <summary>True when any of <paramref name="patterns"/> matches (no patterns: everything matches).</summary>
    public static Func<string, bool>? AnyOf(IReadOnlyList<string> patterns)
    {
        if (patterns.Count == 0) return null;
        var globs = patterns.Select(p => new GlobPattern(p)).ToList();
        return path => globs.Any(g => g.Matches(path));
    }

    static string Translate(string pattern)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                bool slash = i + 2 < pattern.Length && pattern[i + 2] == '/';
                sb.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*') sb.Append("[^/]*");
            else if (c == '?') sb.Append("[^/]");
            else if (c == '[' && pattern.IndexOf(']', i + 1) is var close and > 0)
            {
                var set = pattern[(i + 1)..close];
                sb.Append('[').Append(set.StartsWith('!') ? "^" + Regex.Escape(set[1..]) : Regex.Escape(set)).Append(']');
                i = close;
            }
            else sb.Append(Regex.Escape(c.ToString()));
        }
        return sb.ToString();
    }
}
