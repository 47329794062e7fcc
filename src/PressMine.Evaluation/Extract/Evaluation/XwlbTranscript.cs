using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace PressMine.Extract.Evaluation;

/// <summary>One story of a transcript: its title and its body as rendered by <see cref="XwlbTranscript"/>.</summary>
public sealed record TranscriptStory(int Index, string Title, string Body);

/// <summary>
/// Renders a daily transcript of the evening news (devpages/xwlb/YYYYMMDD.md) into stories; gold offsets and
/// hashes refer to this rendering (<see cref="Rendering"/>), so it must not change without a new name.
/// Rendering: under "## 详细新闻" every "### title" starts a story; its lines are joined, &lt;br&gt; and &lt;/p&gt; become
/// line breaks, other tags are dropped, entities decoded; each line is trimmed of spaces (also U+3000, U+00A0),
/// empty lines and lines that are only a Markdown link ("[查看原文](…)") are dropped; lines are joined by "\n".
/// </summary>
public static partial class XwlbTranscript
{
    internal const string Rendering = "xwlb-story/1";

    /// <summary>A transcript is ~50 KB; anything far larger is not one and is refused rather than read.</summary>
    public const long MaxBytes = 8 * 1024 * 1024;

    private const string DetailSection = "## 详细新闻";
    private static readonly char[] LineTrim = [' ', '\t', '\u3000', '\u00a0'];

    [GeneratedRegex("<br\\s*/?>|</p>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreakTags();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex("^\\[[^\\]]*\\]\\([^)]*\\)$")]
    private static partial Regex LinkOnly();

    /// <summary>Reads and renders a transcript file; throws when it is larger than <see cref="MaxBytes"/>.</summary>
    public static IReadOnlyList<TranscriptStory> Read(string path)
    {
        var size = new FileInfo(path).Length;
        if (size > MaxBytes) throw new InvalidDataException($"{path}: {size} bytes is no transcript (limit {MaxBytes})");
        return Parse(File.ReadAllText(path, Encoding.UTF8));
    }

    /// <summary>Renders transcript Markdown into its stories, indexed from 0 in order; none when the detail section is absent.</summary>
    public static IReadOnlyList<TranscriptStory> Parse(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var stories = new List<TranscriptStory>();
        string? title = null;
        var body = new List<string>();
        var inDetail = false;

        void Close()
        {
            if (title is not null) stories.Add(new TranscriptStory(stories.Count, title, RenderBody(body)));
            title = null;
            body.Clear();
        }

        foreach (var line in lines)
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Close();
                inDetail = line.Trim() == DetailSection;
                continue;
            }
            if (!inDetail) continue;
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                Close();
                title = line[4..].Trim();
                continue;
            }
            if (title is not null) body.Add(line);
        }
        Close();
        return stories;
    }

    private static string RenderBody(List<string> lines)
    {
        var raw = LineBreakTags().Replace(string.Join('\n', lines), "\n");
        raw = WebUtility.HtmlDecode(AnyTag().Replace(raw, ""));
        var kept = raw.Split('\n')
            .Select(l => l.Trim(LineTrim))
            .Where(l => l.Length > 0 && !LinkOnly().IsMatch(l));
        return string.Join('\n', kept);
    }
}
