using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PressMine.Extract.Evaluation;

/// <summary>
/// Turns an annotator's compact sheet into gold entries (references only). A sheet line is either a story header
/// "@ xwlb/YYYYMMDD.md STORY" (a header with no fact lines below is a negative) or a fact line
/// "sN metric[/kind] value[~] unit as_of since place" (sN = sentence index from `gold-xwlb show`, "-" = null,
/// "~" = approx); "#" starts a comment. The body hash, split, publish day and evidence offsets are computed here.
/// </summary>
public static class AnnotationSheet
{
    /// <summary>One gold entry per story header of the sheet, in sheet order; readPage renders a page (devpages-relative path) into its stories.</summary>
    public static IReadOnlyList<RealGoldEntry> Build(IEnumerable<string> lines, Func<string, IReadOnlyList<TranscriptStory>> readPage)
    {
        var entries = new List<RealGoldEntry>();
        string? page = null;
        TranscriptStory? story = null;
        List<RealGoldFact> facts = [];
        var number = 0;

        void Close()
        {
            if (page is null || story is null) return;
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(story.Body)));
            entries.Add(new RealGoldEntry(page, story.Index, hash, RealGoldFile.SplitOf(page, story.Index), PublishDay(page), facts));
            facts = [];
        }

        foreach (var raw in lines)
        {
            number++;
            var line = raw.Split('#', 2)[0].Trim();
            if (line.Length == 0) continue;
            var f = line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (f[0] == "@")
            {
                Close();
                if (f.Length != 3) throw Bad(number, "header is '@ page story'");
                page = f[1];
                var stories = readPage(page);
                var index = int.Parse(f[2], CultureInfo.InvariantCulture);
                if (index < 0 || index >= stories.Count) throw Bad(number, $"{page} has no story {index}");
                story = stories[index];
                continue;
            }
            if (story is null) throw Bad(number, "fact before any story header");
            if (f.Length != 7 || f[0][0] != 's') throw Bad(number, "fact is 'sN metric[/kind] value[~] unit as_of since place'");
            var sentences = StorySentences.Of(story.Body);
            var s = int.Parse(f[0][1..], CultureInfo.InvariantCulture);
            if (s < 0 || s >= sentences.Count) throw Bad(number, $"no sentence {s}");
            var metric = f[1].Split('/', 2);
            var approx = f[2].EndsWith('~');
            var value = double.Parse(f[2].TrimEnd('~'), CultureInfo.InvariantCulture);
            facts.Add(new RealGoldFact(metric[0], metric.Length > 1 ? metric[1] : null, value, Null(f[3]), approx,
                Null(f[4]), Null(f[5]), Null(f[6]), sentences[s].Start, sentences[s].End));
        }
        Close();
        return entries;
    }

    /// <summary>The publish day of a transcript, from its file name (YYYYMMDD.md).</summary>
    public static string PublishDay(string page)
    {
        var name = Path.GetFileNameWithoutExtension(page);
        return DateOnly.ParseExact(name, "yyyyMMdd", CultureInfo.InvariantCulture).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static string? Null(string field) => field == "-" ? null : field;

    private static InvalidDataException Bad(int line, string why) => new($"sheet line {line}: {why}");
}
