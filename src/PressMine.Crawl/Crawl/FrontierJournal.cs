using System.Text;

namespace PressMine.Crawl;

/// <summary>
/// The crawl's memory on disk: an append-only, line-flushed journal of URLs queued, done (with validators) and refused.
/// Replaying it rebuilds the frontier, so a killed crawl resumes without fetching a page twice. A torn last line is ignored.
/// Lines: Q url kind depth chain hops | D url status etag last-modified | X url reason | G (a recrawl starts).
/// </summary>
internal sealed class FrontierJournal : IDisposable
{
    readonly StreamWriter writer;

    public FrontierJournal(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        JournalPath = path;
        writer = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
    }

    public string JournalPath { get; }

    public void Queued(FrontierEntry e) => Write("Q", e.Url.AbsoluteUri, e.Kind.ToString(), e.Depth.ToString(), e.ShapeChain.ToString(), e.Hops.ToString());
    public void Done(Uri url, int status, Validators validators) => Write("D", url.AbsoluteUri, status.ToString(), validators.ETag ?? "", validators.LastModified ?? "");
    public void Refused(Uri url, string reason) => Refused(url.AbsoluteUri, reason);
    /// <summary>A refusal of a link that is no valid URL, journaled as written so a resumed crawl does not record it again.</summary>
    public void Refused(string link, string reason) => Write("X", link, reason);
    public void NewGeneration() => Write("G");

    void Write(params string[] fields) =>
        writer.WriteLine(string.Join('\t', fields.Select(f => f.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' '))));

    /// <summary>What an existing journal holds: the queue in order, and every URL already settled in the current generation.</summary>
    public sealed record State(
        List<FrontierEntry> Queue, HashSet<string> Seen, Dictionary<string, Validators> Validators,
        List<FrontierEntry> DoneEntries, int Fetched, int Refused);

    public static State Replay(string path)
    {
        var entries = new Dictionary<string, FrontierEntry>();
        var order = new List<string>();
        var settled = new HashSet<string>();
        var validators = new Dictionary<string, Validators>();
        int fetched = 0, refused = 0;
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path))
            {
                var f = line.Split('\t');
                switch (f[0])
                {
                    case "Q" when f.Length == 6 && Uri.TryCreate(f[1], UriKind.Absolute, out var url)
                                  && Enum.TryParse<EntryKind>(f[2], out var kind) && int.TryParse(f[3], out var depth)
                                  && int.TryParse(f[4], out var chain) && int.TryParse(f[5], out var hops):
                        if (!entries.ContainsKey(f[1])) order.Add(f[1]);
                        entries[f[1]] = new FrontierEntry(url, kind, depth, chain, hops);
                        break;
                    case "D" when f.Length == 5:
                        settled.Add(f[1]);
                        fetched++;
                        if (f[3].Length > 0 || f[4].Length > 0) validators[f[1]] = new Validators(NullIfEmpty(f[3]), NullIfEmpty(f[4]));
                        break;
                    case "X" when f.Length == 3:
                        settled.Add(f[1]);
                        refused++;
                        break;
                    case "G" when f.Length == 1:
                        settled.Clear();
                        order.Clear();
                        entries.Clear();
                        fetched = refused = 0;
                        break;
                }
            }
        }
        var queue = order.Where(u => !settled.Contains(u)).Select(u => entries[u]).ToList();
        var seen = new HashSet<string>(settled);
        seen.UnionWith(order);
        var done = order.Where(settled.Contains).Select(u => entries[u]).ToList();
        return new State(queue, seen, validators, done, fetched, refused);
    }

    static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    public void Dispose() => writer.Dispose();
}
