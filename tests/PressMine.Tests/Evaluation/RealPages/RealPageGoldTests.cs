using PressMine.Evaluation.RealPages;

namespace PressMine.Tests.Evaluation.RealPages;

/// <summary>The real-page gold: pinned, split as fixed, and still matching the pages it annotates.</summary>
public class RealPageGoldTests
{
    /// <summary>The gold the README's real-page figures were measured on; a change to it must change this line too.</summary>
    public const string PinnedDigest = "1b3b35fa24b7f724db5343f2601fe5467e84d510e7661c58194378ed5cffb36a";

    public static string GoldFile => Path.Combine(TestPaths.Corpus, "realpages", DevPagesLocator.GneGoldFile);

    [Fact]
    public void Gold_file_is_the_pinned_one()
        => Assert.Equal(PinnedDigest, RealPageGold.ContentDigest(GoldFile));

    [Fact]
    public void Every_page_is_in_the_split_its_path_hash_gives_and_about_two_thirds_are_dev()
    {
        var gold = RealPageGold.Load(GoldFile);
        Assert.Equal(62, gold.Count);
        Assert.Equal(62, gold.Select(g => g.Path).Distinct().Count());
        Assert.All(gold, g => Assert.Equal(GoldSplit.Of(g.Path), g.Split));
        Assert.Equal(42, gold.Count(g => g.IsDev));
    }

    [Fact]
    public void A_split_that_disagrees_with_the_path_hash_is_refused()
    {
        var dir = TestPaths.NewTempDir();
        var line = File.ReadLines(GoldFile).First();
        var flipped = line.Contains("\"split\":\"dev\"") ? line.Replace("\"split\":\"dev\"", "\"split\":\"test\"") : line.Replace("\"split\":\"test\"", "\"split\":\"dev\"");
        var file = Path.Combine(dir, "gold.jsonl");
        File.WriteAllText(file, flipped + "\n");
        Assert.Throws<InvalidDataException>(() => RealPageGold.Load(file));
    }

    [Fact]
    public void Gold_holds_references_only_no_page_text()
    {
        // Hashes, selectors, dates and the annotator's notes; no CJK run as long as a sentence of page text.
        foreach (var line in File.ReadLines(GoldFile))
        {
            int run = 0, longest = 0;
            foreach (var c in line) { run = c is >= '\u4E00' and <= '\u9FFF' ? run + 1 : 0; longest = Math.Max(longest, run); }
            Assert.True(longest <= 4, $"a run of {longest} CJK characters in the gold: {line[..60]}");
        }
    }

    [SkippableFact]
    public void Every_page_matches_its_digest_and_every_gold_paragraph_is_found()
    {
        var devpages = Requires.DevPages();
        foreach (var gold in RealPageGold.Load(GoldFile))
        {
            var page = GoldBody.Read(gold, devpages);
            Assert.True(page.GoldBody.Length > 0, $"{gold.Path}: empty gold body");
        }
    }
}
