using System.Globalization;
using PressMine.Records;

namespace PressMine.Extract;

/// <summary>
/// Marks the facts that are parts of a total stated just before them (发现问题124个，其中安全问题30个): applied after
/// extraction, it sets <see cref="Fact.IsBreakdown"/> on a count that follows a cue of corpus/rules/breakdown-cues.tsv
/// when a larger count of the same measure and unit class stands before the cue, in the same sentence, or in the
/// sentence just before when this one opens with the cue (…发现问题26个。其中，安全问题11个). A count is found in its
/// sentence by its digits and unit; one written in Chinese numerals is not found and so never marked.
/// </summary>
internal sealed class BreakdownMarker(IReadOnlyList<string> cues)
{
    public const string FileName = "breakdown-cues.tsv";
    const int SentenceGap = 3; // characters between two sentences' evidence (the 。 and spaces)

    static readonly Lazy<BreakdownMarker> DefaultInstance = new(() => new BreakdownMarker(LoadCues()));

    public static BreakdownMarker Default => DefaultInstance.Value;

    readonly record struct Located(int Index, Fact Fact, int Position, string UnitClass);

    public IReadOnlyList<Fact> Mark(string body, IReadOnlyList<Fact> facts)
    {
        var located = Locate(body, facts);
        var breakdown = new bool[facts.Count];
        foreach (var part in located)
        {
            var cue = CueBefore(body, part);
            if (cue < 0) continue;
            bool crossesSentence = cue - part.Fact.Start <= 2 && OpensWithCue(body, part.Fact);
            var total = located.Where(t => t.Position < cue && !breakdown[t.Index] && t.Fact.Measure == part.Fact.Measure
                    && t.UnitClass == part.UnitClass && t.Fact.Value > part.Fact.Value
                    && (t.Fact.Start == part.Fact.Start || crossesSentence && part.Fact.Start - t.Fact.End is >= 0 and <= SentenceGap))
                .OrderByDescending(t => t.Position).FirstOrDefault();
            if (total.Fact is not null) breakdown[part.Index] = true;
        }
        return facts.Select((f, i) => breakdown[i] ? f with { IsBreakdown = true } : f).ToList();
    }

    /// <summary>Each fact's position in the body: its digits (then its unit) inside its sentence, after the facts before it there.</summary>
    static List<Located> Locate(string body, IReadOnlyList<Fact> facts)
    {
        var located = new List<Located>();
        var nextSearch = new Dictionary<int, int>();
        for (int i = 0; i < facts.Count; i++)
        {
            var f = facts[i];
            if (f.Start < 0 || f.End > body.Length || f.Start >= f.End) continue;
            var digits = f.Value.ToString("0.###", CultureInfo.InvariantCulture);
            var needle = digits + (f.Unit ?? "");
            int from = nextSearch.GetValueOrDefault(f.Start, f.Start);
            int at = body.IndexOf(needle, from, f.End - from, StringComparison.Ordinal);
            if (at < 0) at = body.IndexOf(needle, f.Start, f.End - f.Start, StringComparison.Ordinal);
            if (at < 0 || at > 0 && char.IsAsciiDigit(body[at - 1])) continue;
            nextSearch[f.Start] = at + needle.Length;
            located.Add(new Located(i, f, at, UnitClasses.Default.ClassOf(f.Metric, f.Unit)));
        }
        return located.OrderBy(l => l.Position).ToList();
    }

    /// <summary>The nearest cue before the count in its own clause run (no ；or 。 between), or -1.</summary>
    int CueBefore(string body, Located part)
    {
        int best = -1;
        foreach (var cue in cues)
        {
            int at = body.LastIndexOf(cue, part.Position, part.Position - part.Fact.Start + 1, StringComparison.Ordinal);
            if (at > best && at + cue.Length <= part.Position) best = at;
        }
        if (best < 0) return -1;
        return body.AsSpan(best, part.Position - best).IndexOfAny('；', '。', ';') < 0 ? best : -1;
    }

    bool OpensWithCue(string body, Fact fact)
    {
        var sentence = body.AsSpan(fact.Start, fact.End - fact.Start).TrimStart();
        foreach (var cue in cues)
            if (sentence.StartsWith(cue, StringComparison.Ordinal)) return true;
        return false;
    }

    static IReadOnlyList<string> LoadCues()
    {
        var path = CorpusLocator.DataFile("rules", FileName) ?? throw new FileNotFoundException($"corpus/rules/{FileName} not found");
        return File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#').ToList();
    }
}
