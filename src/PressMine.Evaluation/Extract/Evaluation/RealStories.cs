using System.Security.Cryptography;
using System.Text;

namespace PressMine.Extract.Evaluation;

/// <summary>An annotated story with its text rebuilt from the page at scoring time.</summary>
public sealed record RealStory(RealGoldEntry Entry, string Title, string Body);

/// <summary>
/// Rebuilds the annotated stories from ../shared/devpages: renders each page, checks the body's SHA-256
/// against the gold and every evidence span against the body, and refuses the whole set on any mismatch
/// (a figure on changed text would be a figure on something else).
/// </summary>
public static class RealStories
{
    /// <summary>shared/devpages in <paramref name="start"/> or one of its parents, or null.</summary>
    public static string? FindDevPages(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "devpages");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>The annotated stories, rendered from their transcripts under devPages; throws, listing every problem, when an entry's page lies outside devPages or is missing, its story or evidence offsets do not exist, its body hash differs or its split is not <see cref="RealGoldFile.SplitOf"/>.</summary>
    public static IReadOnlyList<RealStory> Load(string devPages, IEnumerable<RealGoldEntry> entries)
    {
        var root = Path.GetFullPath(devPages);
        var cache = new Dictionary<string, IReadOnlyList<TranscriptStory>>();
        var stories = new List<RealStory>();
        var problems = new List<string>();
        foreach (var entry in entries)
        {
            var path = Path.GetFullPath(Path.Combine(root, entry.Page));
            if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                problems.Add($"{entry.Id}: page lies outside devpages");
                continue;
            }
            if (!File.Exists(path)) { problems.Add($"{entry.Id}: no such page"); continue; }
            if (!cache.TryGetValue(path, out var transcript)) cache[path] = transcript = XwlbTranscript.Read(path);
            if (entry.Story < 0 || entry.Story >= transcript.Count) { problems.Add($"{entry.Id}: no such story"); continue; }
            var story = transcript[entry.Story];
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(story.Body)));
            if (hash != entry.Sha256) { problems.Add($"{entry.Id}: text changed (sha256 {hash})"); continue; }
            if (entry.Split != RealGoldFile.SplitOf(entry.Page, entry.Story)) problems.Add($"{entry.Id}: split is not the fixed rule's");
            foreach (var fact in entry.Facts.Where(f => f.EvidenceStart < 0 || f.EvidenceEnd > story.Body.Length || f.EvidenceStart >= f.EvidenceEnd))
                problems.Add($"{entry.Id}: evidence {fact.EvidenceStart}..{fact.EvidenceEnd} outside the body");
            stories.Add(new RealStory(entry, story.Title, story.Body));
        }
        if (problems.Count > 0)
            throw new InvalidDataException("gold does not match the pages:\n  " + string.Join("\n  ", problems));
        return stories;
    }
}
