using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PressMine.Extract.Evaluation;

namespace PressMine.Cli.Commands;

/// <summary>
/// <c>pressmine gold-xwlb</c>: annotation help for the real-story gold. <c>show</c> prints stories of transcripts
/// with their split, body hash and numbered sentences (offsets) to read and annotate; <c>add</c> turns an
/// annotation sheet (<see cref="AnnotationSheet"/>) into gold lines appended to the gold file. Nothing of the
/// transcripts' text is written to the gold, only references.
/// </summary>
public static class GoldXwlbCommand
{
    private static readonly JsonSerializerOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var devPages = new Option<string?>("--devpages") { Description = "The shared devpages folder (default: found beside the checkout)" };
        var pages = new Argument<string[]>("pages") { Description = "Pages under devpages (xwlb/YYYYMMDD.md), optionally page#story" };
        var show = new Command("show", "Print stories with split, SHA-256 and numbered sentences [index start-end]") { pages, devPages };
        show.SetAction(parse =>
        {
            var folder = Folder(parse.GetValue(devPages));
            if (folder is null) return ExitCodes.UsageError;
            foreach (var spec in parse.GetValue(pages)!)
            {
                var parts = spec.Split('#', 2);
                var stories = XwlbTranscript.Read(Path.Combine(folder, parts[0]));
                foreach (var story in stories.Where(s => parts.Length == 1 || s.Index.ToString() == parts[1]))
                    Print(parts[0], story);
            }
            return ExitCodes.Ok;
        });

        var sheet = new Argument<string>("sheet") { Description = "Annotation sheet ('@ page story' headers, 'sN metric[/kind] value[~] unit as_of since place' facts)" };
        var gold = new Option<string>("--facts") { Description = "Gold file to append to", DefaultValueFactory = _ => "corpus/gold/xwlb-facts.jsonl" };
        var part = new Option<string>("--part") { Description = "Append only the stories of this part of the fixed split: dev, test or all (so that a part's digest changes only when its stories are added)", DefaultValueFactory = _ => "all" };
        part.AcceptOnlyFromAmong(RealGoldFile.Dev, RealGoldFile.Test, "all");
        var add = new Command("add", "Append the sheet's stories to the gold file (a story already there is refused)") { sheet, gold, part, devPages };
        add.SetAction(parse =>
        {
            var folder = Folder(parse.GetValue(devPages));
            if (folder is null) return ExitCodes.UsageError;
            var goldPath = parse.GetValue(gold)!;
            var existing = File.Exists(goldPath) ? RealGoldFile.Read(goldPath).Select(e => e.Id).ToHashSet() : [];
            IReadOnlyList<RealGoldEntry> entries;
            try { entries = AnnotationSheet.Build(File.ReadLines(parse.GetValue(sheet)!), p => XwlbTranscript.Read(Path.Combine(folder, p))); }
            catch (Exception e) when (e is InvalidDataException or FormatException or IOException)
            { Console.Error.WriteLine("error: " + e.Message); return ExitCodes.UsageError; }
            var wanted = parse.GetValue(part)!;
            entries = entries.Where(e => wanted == "all" || e.Split == wanted).ToList();
            var repeated = entries.Where(e => !existing.Add(e.Id)).Select(e => e.Id).ToList();
            if (repeated.Count > 0) { Console.Error.WriteLine("error: already annotated: " + string.Join(", ", repeated)); return ExitCodes.UsageError; }
            File.AppendAllLines(goldPath, entries.Select(e => JsonSerializer.Serialize(e, LineOptions)), new UTF8Encoding(false));
            Console.WriteLine($"appended {entries.Count} stories ({entries.Count(e => e.Facts.Count > 0)} with facts, {entries.Sum(e => e.Facts.Count)} facts; test {entries.Count(e => e.Split == RealGoldFile.Test)})");
            return ExitCodes.Ok;
        });
        return new Command("gold-xwlb", "Annotation help for the real-story gold (corpus/gold/xwlb-facts.jsonl)") { show, add, GoldXwlbScan.Create(Folder) };
    }

    private static void Print(string page, TranscriptStory story)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(story.Body)));
        Console.WriteLine($"=== {page}#{story.Index} {RealGoldFile.SplitOf(page, story.Index)} {hash[..12]} | {story.Title}");
        foreach (var s in StorySentences.Of(story.Body))
            Console.WriteLine($"[s{s.Index} {s.Start}-{s.End}] {story.Body[s.Start..s.End]}");
    }

    private static string? Folder(string? given)
    {
        var folder = given ?? RealStories.FindDevPages(Directory.GetCurrentDirectory());
        if (folder is null || !Directory.Exists(folder)) Console.Error.WriteLine("error: devpages not found (--devpages)");
        return folder is not null && Directory.Exists(folder) ? folder : null;
    }
}
