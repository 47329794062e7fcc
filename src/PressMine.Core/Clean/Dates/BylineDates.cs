namespace PressMine.Clean;

/// <summary>Where the article stands among a page's lines: its headline, first and last body line.</summary>
internal sealed record ArticleSpan(int TitleAt, int BodyStartAt, int BodyEndAt);

/// <summary>
/// Publish-time candidates written for readers: the byline between the headline and the body (labelled — 发布时间
/// with or without a colon, 发表于, 时间, 日期 … — or unlabelled beside a site, account or Latin host name), a forum
/// post's 本贴由…于…发表, a date whose parts stand in separate elements, and a labelled line just below the body.
/// Never a date inside the body's text, a copyright year, a today-banner or a subtitle; above the headline only a
/// labelled date counts (a bare date there is the site's calendar).
/// </summary>
internal static class BylineDates
{

    public static (List<DateCandidate> Dates, List<YearlessDate> Yearless) Find(
        IReadOnlyList<string> lines, IReadOnlyList<LineKind> kinds, ArticleSpan span, PublishDateCues cues, PublishDateOptions o)
    {
        var dates = new List<DateCandidate>();
        var yearless = new List<YearlessDate>();
        int top = Math.Max(0, span.TitleAt - o.LinesAboveTitle);
        int headerEnd = Math.Min(lines.Count - 1, Math.Min(span.TitleAt + o.MaxLinesAfterTitle, Math.Max(span.BodyStartAt - 1, span.TitleAt + 1)));
        for (int i = top; i <= headerEnd; i++)
        {
            var line = lines[i];
            if (!Readable(line, cues, o)) continue;
            int distance = Math.Abs(i - span.TitleAt);
            bool longBody = kinds[i] == LineKind.Body && line.Length > o.MaxLabelledBodyLine;
            if (!longBody && Labelled(line, cues, yearless) is { } labelled)
                dates.Add(new DateCandidate(labelled, DateBasis.Byline, o.LabelledStrength, distance));
            else if (i > span.TitleAt && kinds[i] != LineKind.Body && Unlabelled(line, cues, o.MaxUnlabelledRest) is { } bare)
                dates.Add(new DateCandidate(bare, DateBasis.Byline, o.UnlabelledStrength, distance));
            else if (i > span.TitleAt && Fragments(lines, i, headerEnd, o.MaxFragment) is { } joined)
                dates.Add(new DateCandidate(joined, DateBasis.Byline, o.UnlabelledStrength, distance));
        }
        int bottomEnd = Math.Min(lines.Count - 1, span.BodyEndAt + o.LinesBelowBody);
        for (int i = Math.Max(span.BodyEndAt + 1, headerEnd + 1); i <= bottomEnd; i++)
            if (Readable(lines[i], cues, o) && Labelled(lines[i], cues, yearless) is { } below)
                dates.Add(new DateCandidate(below, DateBasis.Byline, o.BelowBodyStrength, i - span.TitleAt));
        return (dates, yearless);
    }

    private static bool Readable(string line, PublishDateCues cues, PublishDateOptions o) => line.Length <= o.MaxBylineLength && !cues.IsNotAByline(line);

    /// <summary>A date right after a byline label or inside a forum post's 本贴由…于…发表; a yearless one is collected aside.</summary>
    private static string? Labelled(string line, PublishDateCues cues, List<YearlessDate> yearless)
    {
        foreach (var (opening, beforeDate, closing) in cues.ForumPost)
        {
            int o = line.IndexOf(opening, StringComparison.Ordinal);
            int b = o < 0 ? -1 : line.IndexOf(beforeDate, o + opening.Length, StringComparison.Ordinal);
            if (b < 0 || line.IndexOf(closing, b, StringComparison.Ordinal) < 0) continue;
            if (DateForms.LeadingDate(line[(b + beforeDate.Length)..]) is { } posted) return posted;
        }
        foreach (var label in cues.BylineLabels)
            for (int at = line.IndexOf(label, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = line.IndexOf(label, at + label.Length, StringComparison.OrdinalIgnoreCase))
            {
                if (char.IsAsciiLetter(label[0]) && at > 0 && char.IsAsciiLetter(line[at - 1])) continue;
                var after = line[(at + label.Length)..];
                if (DateForms.LeadingDate(after) is { } date) return date;
                if (DateForms.LeadingYearless(after) is { } partial) yearless.Add(partial);
            }
        return null;
    }

    /// <summary>
    /// A full date on a short line whose other words are names and byline furniture, not a sentence: the date ends the
    /// line or is followed by a space or a separator, never by running text ("…2019年3月5日全国两会开幕之际").
    /// </summary>
    private static string? Unlabelled(string line, PublishDateCues cues, int maxRest)
    {
        if (line.Contains('。') || line.Contains('，')) return null;
        if (DateForms.FullDate(line) is not { } found) return null;
        int after = found.Index + found.Length;
        if (after < line.Length && TextNormalizer.IsCjk(line[after])) return null;
        var rest = line.Remove(found.Index, found.Length);
        foreach (var noise in cues.BylineNoise) rest = rest.Replace(noise, "", StringComparison.OrdinalIgnoreCase);
        return rest.Trim().Length <= maxRest ? found.Value : null;
    }

    /// <summary>A date split over up to three short neighbouring lines ("2019" "09/07" "19:02").</summary>
    private static string? Fragments(IReadOnlyList<string> lines, int i, int last, int maxFragment)
    {
        int end = Math.Min(last, i + 2);
        if (end <= i || Enumerable.Range(i, end - i + 1).Any(j => lines[j].Length > maxFragment)) return null;
        var joined = string.Join(' ', Enumerable.Range(i, end - i + 1).Select(j => lines[j]));
        return DateForms.FullDate(joined) is { Index: 0 } found && found.Length > lines[i].Length ? found.Value : null;
    }
}
