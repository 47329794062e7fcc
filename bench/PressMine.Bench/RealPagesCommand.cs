using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using PressMine.Decode;
using PressMine.Evaluation.RealPages;

namespace PressMine.Bench;

/// <summary>
/// Annotator's aid for the real-page gold (the annotator reads the page and decides; nothing here looks at the cleaner):
/// `realpages render &lt;page&gt; [charset]` prints the head's metadata and the stated rendering, one numbered paragraph a
/// line with its block's selector; `realpages build &lt;spec.jsonl&gt; &lt;devpages-dir&gt; &lt;gold.jsonl&gt;` turns the annotator's
/// choices (paragraph ranges, title and source as typed, date, where the date stands) into gold lines that hold only
/// references: selectors, paragraph hashes, text hashes, dates.
/// </summary>
public static class RealPagesCommand
{
    public static int Run(string[] args)
    {
        if (args.Length >= 2 && args[0] == "render") return Render(args[1], args.Length > 2 ? args[2] : "utf-8");
        if (args.Length >= 4 && args[0] == "build") return Build(args[1], args[2], args[3]);
        if (args.Length >= 4 && args[0] == "diff") return Diff(args[1], args[2], args[3..]);
        Console.Error.WriteLine("usage: realpages render <page> [charset] | realpages build <spec.jsonl> <devpages-dir> <gold.jsonl>");
        return 2;
    }

    /// <summary>For tuning: the gold paragraphs PressMine missed and the paragraphs it added, on dev pages only.</summary>
    private static int Diff(string goldFile, string devpages, string[] paths)
    {
        foreach (var gold in RealPageGold.Load(goldFile).Where(g => paths.Contains(g.Path) || paths.Contains("all")))
        {
            if (!gold.IsDev) { Console.WriteLine($"{gold.Path}: test page, not shown"); continue; }
            var page = GoldBody.Read(gold, devpages);
            var decoded = CharsetDecoder.Decode(page.Bytes, null, true, out _)!;
            var clean = new PressMine.Clean.PageCleaner().Clean(decoded.Text, false, null);
            var ours = (clean.Page?.Paragraphs ?? []).Select(PageRendering.Normalise).ToList();
            var theirs = page.GoldBody.Split('\n').Select(PageRendering.Normalise).ToList();
            Console.WriteLine($"== {gold.Path}: title '{clean.Page?.Title}' date {clean.Page?.PublishedAt} ({clean.Page?.PublishedAtBasis}) {clean.RejectReason}");
            foreach (var t in theirs.Where(t => !ours.Any(o => o.Contains(t) || t.Contains(o) && o.Length > 10))) Console.WriteLine($"  missed: {Cut(t, 90)}");
            foreach (var o in ours.Where(o => !theirs.Any(t => t.Contains(o) || o.Contains(t) && t.Length > 10))) Console.WriteLine($"  added:  {Cut(o, 90)}");
        }
        return 0;
    }

    private static IDocument Load(string path, string charset)
        => PageRendering.Parse(CharsetLabels.Get(CharsetLabels.Canonical(charset)!).GetString(File.ReadAllBytes(path)));

    private static int Render(string path, string charset)
    {
        var doc = Load(path, charset);
        Console.WriteLine($"title-tag: {doc.Title}");
        foreach (var m in doc.QuerySelectorAll("meta"))
        {
            var key = m.GetAttribute("name") ?? m.GetAttribute("property") ?? m.GetAttribute("itemprop") ?? m.GetAttribute("http-equiv");
            var content = m.GetAttribute("content");
            if (key is not null && content is { Length: > 0 and < 300 }) Console.WriteLine($"meta {key} = {content}");
        }
        foreach (var s in doc.QuerySelectorAll("script[type='application/ld+json']"))
            Console.WriteLine($"json-ld: {Cut(s.TextContent, 400)}");
        foreach (var l in doc.QuerySelectorAll("link[rel='canonical']")) Console.WriteLine($"canonical: {l.GetAttribute("href")}");
        foreach (var t in doc.QuerySelectorAll("time")) Console.WriteLine($"time: {t.GetAttribute("datetime")} {t.TextContent.Trim()}");
        if (doc.Body is null) return 0;
        foreach (var p in PageRendering.Render(doc.Body))
            Console.WriteLine($"{p.Index,4} {Cut(Short(PageRendering.Selector(p.Block)), 60),-60} | {Cut(p.Text, 160)}");
        return 0;
    }

    private static string Short(string selector)
    {
        var steps = selector.Split(" > ");
        return steps.Length <= 3 ? selector : "…" + string.Join(">", steps[^3..]);
    }

    private static string Cut(string s, int n) => s.Length <= n ? s.Replace('\n', ' ') : s[..n].Replace('\n', ' ') + "…";

    private static int Build(string specPath, string devpages, string goldPath)
    {
        var lines = new List<string>();
        foreach (var raw in File.ReadLines(specPath))
        {
            if (raw.Trim().Length == 0 || raw.TrimStart().StartsWith("//")) continue;
            var spec = JsonNode.Parse(raw)!.AsObject();
            var rel = spec["path"]!.GetValue<string>();
            var charset = spec["charset"]?.GetValue<string>() ?? "utf-8";
            var file = Path.Combine(devpages, rel);
            var doc = Load(file, charset);
            var rendered = PageRendering.Render(doc.Body!);
            var chosen = new List<RenderedParagraph>();
            var selectors = new List<string>();
            foreach (var range in spec["body"]?.AsArray() ?? [])
            {
                var r = range!.AsArray();
                int from = r[0]!.GetValue<int>(), to = r.Count > 1 ? r[1]!.GetValue<int>() : from;
                var part = rendered.Where(p => p.Index >= from && p.Index <= to).ToList();
                chosen.AddRange(part);
                var common = CommonAncestor(part.Select(p => p.Block).ToList());
                var selector = PageRendering.Selector(common);
                if (!selectors.Contains(selector)) selectors.Add(selector);
            }
            foreach (var skip in spec["skip"]?.AsArray() ?? []) chosen.RemoveAll(p => p.Index == skip!.GetValue<int>());
            var gold = new JsonObject
            {
                ["path"] = "gne/" + rel,
                ["sha256"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file))),
                ["charset"] = charset,
                ["split"] = GoldSplit.Of("gne/" + rel),
                ["title_sha256"] = TextHash(spec, "title", rendered),
                ["title_at"] = spec["title_at"]?.GetValue<string>(),
                ["published_at"] = spec["date"]?.GetValue<string>(),
                ["published_at_found_in"] = new JsonArray((spec["basis"]?.GetValue<string>() ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
                    .Select(b => (JsonNode)JsonValue.Create(b.Trim())!).ToArray()),
                ["source_sha256"] = TextHash(spec, "source", rendered),
                ["body_selectors"] = new JsonArray(selectors.Select(s => (JsonNode)JsonValue.Create(s)!).ToArray()),
                ["body_paragraphs"] = new JsonArray(chosen.Select(p => (JsonNode)JsonValue.Create(p.Hash)!).ToArray()),
                ["body_chars"] = chosen.Sum(p => PageRendering.Normalise(p.Text).Length),
                ["note"] = spec["note"]?.GetValue<string>(),
            };
            lines.Add(gold.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            Console.WriteLine($"{rel}: {chosen.Count} paragraphs, {selectors.Count} selector(s), split {gold["split"]}");
        }
        File.WriteAllLines(goldPath, lines);
        return 0;
    }

    /// <summary>A text field given as typed (hashed here, never stored) or as "#N" for rendered paragraph N.</summary>
    private static string? TextHash(JsonObject spec, string field, IReadOnlyList<RenderedParagraph> rendered)
    {
        var v = spec[field]?.GetValue<string>();
        if (string.IsNullOrEmpty(v)) return null;
        if (v.StartsWith('#') && int.TryParse(v[1..], out var i)) v = rendered[i].Text;
        return PageRendering.Hash(v);
    }

    private static IElement CommonAncestor(IReadOnlyList<IElement> blocks)
    {
        var path = new List<IElement>();
        for (var x = blocks[0]; x is not null; x = x.ParentElement) path.Add(x);
        int best = 0;
        foreach (var b in blocks.Skip(1))
        {
            var ancestors = new HashSet<IElement>();
            for (var x = b; x is not null; x = x.ParentElement) ancestors.Add(x);
            while (!ancestors.Contains(path[best])) best++;
        }
        return path[best];
    }
}
