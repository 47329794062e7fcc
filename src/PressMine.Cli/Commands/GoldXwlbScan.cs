using System.CommandLine;
using PressMine.Extract;
using PressMine.Extract.Evaluation;
using PressMine.Places;

namespace PressMine.Cli.Commands;

/// <summary>
/// <c>pressmine gold-xwlb scan</c>: runs the extractor over the development-part stories of every transcript that
/// the gold does not hold yet and lists those it takes facts from: candidates to annotate (each one either widens
/// the positives or is a negative the extractor gets wrong). Test-part stories are never scanned, so that a story
/// that may later land in the test part is never seen through the extractor.
/// </summary>
internal static class GoldXwlbScan
{
    public static Command Create(Func<string?, string?> folderOf)
    {
        var devPages = new Option<string?>("--devpages") { Description = "The shared devpages folder (default: found beside the checkout)" };
        var gold = new Option<string>("--facts") { Description = "Gold file whose stories are left out", DefaultValueFactory = _ => "corpus/gold/xwlb-facts.jsonl" };
        var idsOnly = new Option<bool>("--ids-only") { Description = "Print story ids and fact counts only (to pick stories and annotate them blind)" };
        var scan = new Command("scan", "List development-part stories outside the gold from which the extractor takes facts") { gold, idsOnly, devPages };
        scan.SetAction(parse =>
        {
            var folder = folderOf(parse.GetValue(devPages));
            if (folder is null) return ExitCodes.UsageError;
            var goldPath = parse.GetValue(gold)!;
            var known = File.Exists(goldPath) ? RealGoldFile.Read(goldPath).Select(e => e.Id).ToHashSet() : [];
            var extractor = new FactExtractor(PlaceResolvers.Default());
            var transcripts = Directory.GetFiles(Path.Combine(folder, "xwlb"), "*.md").Order(StringComparer.Ordinal);
            foreach (var path in transcripts)
            {
                var page = "xwlb/" + Path.GetFileName(path);
                foreach (var story in XwlbTranscript.Read(path))
                {
                    if (RealGoldFile.SplitOf(page, story.Index) != RealGoldFile.Dev || known.Contains($"{page}#{story.Index}")) continue;
                    var facts = extractor.Extract(page, story.Title, story.Body, AnnotationSheet.PublishDay(page), null, null).Facts;
                    if (facts.Count == 0) continue;
                    Console.WriteLine($"{page}#{story.Index}\t{facts.Count}\t{story.Title}");
                    if (parse.GetValue(idsOnly)) continue;
                    foreach (var f in facts)
                        Console.WriteLine($"    {f.Metric}{(f.Kind is null ? "" : "/" + f.Kind)} {f.Value}{(f.Approx ? "~" : "")} {f.Unit} @{f.Start} | {f.Evidence}");
                }
            }
            return ExitCodes.Ok;
        });
        return scan;
    }
}
