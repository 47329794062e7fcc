using PressMine.Clean;
using PressMine.Decode;

namespace PressMine.Tests.Clean;

/// <summary>The indexed in-page repeat check decides exactly as comparing every pair did, budget included.</summary>
public class ParagraphDeduplicatorIndexTests
{
    [Fact]
    public void Decisions_equal_all_pairs_on_every_line_of_the_bundled_pages()
    {
        int lists = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.Corpus, "pages"), "*.html"))
            lists += CompareOnLines(file);
        Assert.True(lists > 50);
    }

    [SkippableFact]
    public void Decisions_equal_all_pairs_on_every_line_of_the_real_gne_pages()
    {
        var gne = Path.Combine(Requires.DevPages(), "gne");
        Assert.True(Directory.EnumerateFiles(gne, "*.html", SearchOption.AllDirectories).Sum(CompareOnLines) > 50);
    }

    [Theory]
    [InlineData(1, 40)]
    [InlineData(2, 300)]
    [InlineData(3, 2_500)] // past the comparison budget: late repeats stay, as they always did
    public void Decisions_equal_all_pairs_on_generated_repeats_near_repeats_and_excerpts(int seed, int count)
    {
        var random = new Random(seed);
        const string alphabet = "检查整改隐患企业安全生产督察问题责任落实发现部门开展专项工作要求";
        string Sentence(int length) => new(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        var paragraphs = new List<string>();
        for (int i = 0; i < count; i++)
        {
            int pick = random.Next(10);
            string p = paragraphs.Count == 0 || pick < 5 ? Sentence(random.Next(8, 90))
                : paragraphs[random.Next(paragraphs.Count)] is var earlier && pick < 7 ? earlier // exact repeat
                : pick < 9 ? Mutate(earlier, random, alphabet) // near repeat
                : earlier.Length > 40 ? earlier[5..^3] : earlier; // excerpt
            paragraphs.Add(p);
        }
        var expected = AllPairs(paragraphs);
        Assert.Equal(expected, ParagraphDeduplicator.Deduplicate(paragraphs));
        Assert.Equal(expected, ParagraphDeduplicator.Deduplicate(paragraphs, indexFrom: 0));
        Assert.InRange(expected.Count, 1, paragraphs.Count - 1); // the inputs do hold repeats
    }

    private static string Mutate(string text, Random random, string alphabet)
    {
        var chars = text.ToCharArray();
        for (int k = 0; k < Math.Max(1, chars.Length / 15); k++) chars[random.Next(chars.Length)] = alphabet[random.Next(alphabet.Length)];
        return new string(chars);
    }

    private static int CompareOnLines(string file)
    {
        var text = CharsetDecoder.Decode(File.ReadAllBytes(file), null, true, out _)?.Text;
        if (text is null || HtmlCleaner.Analyse(text, out _) is not { } page) return 0;
        var lines = page.All.Select(l => l.Text).ToList();
        var expected = AllPairs(lines);
        Assert.Equal(expected, ParagraphDeduplicator.Deduplicate(lines));
        Assert.Equal(expected, ParagraphDeduplicator.Deduplicate(lines, indexFrom: 0));
        return 1;
    }

    /// <summary>The check as it was: every long paragraph against every earlier kept one, up to 200 000 comparisons.</summary>
    private static List<string> AllPairs(IReadOnlyList<string> paragraphs)
    {
        var keys = paragraphs.Select(TextNormalizer.Key).ToArray();
        var dropped = new bool[paragraphs.Count];
        var seenLong = new List<(string Key, HashSet<int> Shingles)>();
        var exact = new HashSet<string>();
        int comparisons = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i].Length < ParagraphDeduplicator.LongParagraph) continue;
            if (!exact.Add(keys[i])) { dropped[i] = true; continue; }
            var shingles = Bigrams(keys[i]);
            foreach (var (key, earlier) in seenLong)
            {
                if (++comparisons > 200_000) break;
                bool contains = keys[i].Length >= 30 && key.Contains(keys[i], StringComparison.Ordinal);
                if (contains || Jaccard(earlier, shingles) >= 0.8) { dropped[i] = true; break; }
            }
            if (!dropped[i]) seenLong.Add((keys[i], shingles));
        }
        var seenShort = new HashSet<string>();
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i].Length >= ParagraphDeduplicator.LongParagraph) continue;
            if (keys[i].Length == 0) { dropped[i] = true; continue; }
            if (!seenShort.Add(keys[i]) && NextToDroppedRepeat(i, keys, dropped)) dropped[i] = true;
        }
        return paragraphs.Where((_, i) => !dropped[i]).ToList();
    }

    private static bool NextToDroppedRepeat(int i, string[] keys, bool[] dropped)
    {
        for (int j = i - 1; j >= 0; j--)
            if (keys[j].Length >= ParagraphDeduplicator.LongParagraph) { if (dropped[j]) return true; break; }
        for (int j = i + 1; j < keys.Length; j++)
            if (keys[j].Length >= ParagraphDeduplicator.LongParagraph) return dropped[j];
        return false;
    }

    private static HashSet<int> Bigrams(string key)
    {
        var set = new HashSet<int>();
        for (int i = 0; i + 2 <= key.Length; i++) set.Add(key[i] << 16 | key[i + 1]);
        return set;
    }

    private static double Jaccard(HashSet<int> a, HashSet<int> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        if (small.Count < large.Count * 0.8) return 0;
        int inter = small.Count(large.Contains);
        return (double)inter / (a.Count + b.Count - inter);
    }
}
