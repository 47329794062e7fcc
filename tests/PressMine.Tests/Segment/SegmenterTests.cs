using PressMine.Segment;

namespace PressMine.Tests.Segment;

/// <summary>
/// The default segmenter (FastJieba, Python flavor) against Python jieba 0.42.1 (Debian python3-jieba, precise mode, HMM on,
/// the same domain dictionary): python_jieba_sentences_hmm.txt was produced from sentences.txt by
/// tools/record_python.py.
/// </summary>
public class SegmenterTests
{
    static readonly string Dir = Path.Combine(TestPaths.RepoRoot, "tests", "PressMine.Tests", "Segment");
    static ChineseSegmenter Segmenter => ChineseSegmenter.Shared();

    [Fact]
    public void Output_equals_python_jieba_precise_mode_with_the_domain_dictionary()
    {
        var sentences = File.ReadAllLines(Path.Combine(Dir, "sentences.txt"));
        var expected = File.ReadAllLines(Path.Combine(Dir, "python_jieba_sentences_hmm.txt"));
        Assert.Equal(sentences.Length, expected.Length);
        var differences = sentences.Select((s, i) => (Got: string.Join(' ', Segmenter.Cut(s).Select(t => t.Text)), Want: expected[i]))
            .Where(p => p.Got != p.Want).Select(p => $"got  {p.Got}\nwant {p.Want}").ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Theory]
    [InlineData("已整改到位114个", "整改到位")]
    [InlineData("省委疫情防控督导组在甬督导", "督导组")]
    [InlineData("采取四不两直方式暗访", "四不两直")]
    [InlineData("督导组在宁海县检查", "宁海县")]
    public void Domain_dictionary_keeps_terms_whole(string sentence, string term)
    {
        Assert.Contains(term, Segmenter.Cut(sentence).Select(t => t.Text));
    }

    [Fact]
    public void Characters_outside_the_bmp_stay_whole_and_offsets_point_into_the_text()
    {
        const string text = "刘䶮和王𬱖在𠮷野家吃饭";
        var tokens = Segmenter.Cut(text);
        Assert.Contains(tokens, t => t.Text.Contains("𬱖"));
        Assert.Contains(tokens, t => t.Text.Contains("𠮷"));
        Assert.All(tokens, t => Assert.False(t.Text.Length == 1 && char.IsSurrogate(t.Text[0])));
        Assert.All(tokens, t => Assert.Equal(t.Text, text[t.Start..t.End]));
        Assert.Equal(text, string.Concat(tokens.Select(t => t.Text)));
    }

    [Fact]
    public void Whitespace_including_ideographic_space_is_dropped_but_offsets_stay_true()
    {
        const string text = "　　督导组 发现\t问题　12个";
        var tokens = Segmenter.Cut(text);
        Assert.DoesNotContain(tokens, t => string.IsNullOrWhiteSpace(t.Text));
        Assert.All(tokens, t => Assert.Equal(t.Text, text[t.Start..t.End]));
        Assert.Equal("督导组", tokens[0].Text);
        Assert.Equal(2, tokens[0].Start);
    }

    [Fact]
    public void Parallel_cuts_equal_sequential_cuts()
    {
        var sentences = File.ReadAllLines(Path.Combine(Dir, "sentences.txt"));
        var lines = Enumerable.Range(0, 50).SelectMany(_ => sentences).ToArray();
        var sequential = lines.Select(l => string.Join(' ', Segmenter.Cut(l).Select(t => t.Text))).ToArray();
        var parallel = lines.AsParallel().AsOrdered().WithDegreeOfParallelism(4)
            .Select(l => string.Join(' ', Segmenter.Cut(l).Select(t => t.Text))).ToArray();
        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Pos_tags_are_available_and_user_words_carry_their_tags()
    {
        var tagged = Segmenter.CutWithTags("督导组在宁海县发现问题");
        Assert.Contains(("宁海县", "ns"), tagged);
        Assert.Contains(tagged, p => p.Word == "问题" && p.Tag.StartsWith('n'));
    }

    [Fact]
    public void No_hmm_mode_leaves_unknown_words_in_single_characters()
    {
        var withHmm = Segmenter.Cut("区安委办召开会议").Select(t => t.Text).ToList();
        var without = Segmenter.Cut("区安委办召开会议", hmm: false).Select(t => t.Text).ToList();
        Assert.NotEqual(withHmm, without);
        Assert.True(without.Count > withHmm.Count);
    }

    [Fact]
    public void Asking_for_a_second_dictionary_in_one_process_fails_loudly()
    {
        var other = Path.Combine(TestPaths.NewTempDir(), "other.txt");
        File.WriteAllText(other, "测试词 10 n\n");
        Assert.Throws<SegmenterException>(() => ChineseSegmenter.Shared(other));
    }
}
