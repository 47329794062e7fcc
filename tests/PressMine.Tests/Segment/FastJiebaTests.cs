using System.Diagnostics;
using WordDictionary = JiebaNet.Segmenter.WordDictionary;
using PressMine.Clean;
using PressMine.Decode;
using PressMine.Segment;

namespace PressMine.Tests.Segment;

/// <summary>
/// FastJieba is only worth having if it is exact: its Python flavor against recorded Python jieba 0.42.1 output
/// (tools/record_python.py; HMM on and off), its jieba.NET flavor against the jieba.NET library on every line of
/// corpus/pages and every test sentence.
/// </summary>
public class FastJiebaTests
{
    static readonly string Dir = Path.Combine(TestPaths.RepoRoot, "tests", "PressMine.Tests", "Segment");
    static readonly string UserDictionary = Path.Combine(TestPaths.Corpus, "dict", "userdict.txt");
    static readonly Lazy<FastJieba> JiebaNetFlavor = new(() => ChineseSegmenter.LoadFast(UserDictionary, JiebaFlavor.JiebaNet));

    static string Joined(IEnumerable<Token> tokens) => string.Join(' ', tokens.Select(t => t.Text));

    static string[] Sentences() =>
        File.ReadAllLines(Path.Combine(Dir, "sentences.txt")).Concat(File.ReadAllLines(Path.Combine(Dir, "sentences_more.txt"))).ToArray();

    /// <summary>Every page of corpus/pages decoded, and the cleaned body of each article page, as non-blank lines.</summary>
    static readonly Lazy<(string[] Bodies, string[] Decoded)> Corpus = new(() =>
    {
        var bodies = new List<string>();
        var decoded = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.Corpus, "pages")).Order())
        {
            bool isHtml = file.EndsWith(".html");
            var page = CharsetDecoder.Decode(File.ReadAllBytes(file), null, isHtml, out _);
            if (page is null) continue;
            decoded.AddRange(page.Text.Split('\n'));
            if (new PageCleaner().Clean(page.Text, !isHtml, null).Page is { } clean) bodies.AddRange(clean.Body.Split('\n'));
        }
        static string[] NonBlank(List<string> lines) => lines.Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToArray();
        return (NonBlank(bodies), NonBlank(decoded));
    });

    static string[] CorpusLines() => Corpus.Value.Bodies.Concat(Corpus.Value.Decoded).ToArray();

    [Theory]
    [InlineData("sentences", true)]
    [InlineData("sentences", false)]
    [InlineData("sentences_more", true)]
    [InlineData("sentences_more", false)]
    public void Default_segmenter_equals_recorded_python_jieba(string set, bool hmm)
    {
        var sentences = File.ReadAllLines(Path.Combine(Dir, set + ".txt"));
        var expected = File.ReadAllLines(Path.Combine(Dir, $"python_jieba_{set}_{(hmm ? "hmm" : "nohmm")}.txt"));
        Assert.Equal(sentences.Length, expected.Length);
        Assert.True(sentences.Length >= 20);
        var segmenter = ChineseSegmenter.Shared();
        Assert.Equal(SegmenterEngine.Fast, segmenter.Engine);
        var differences = sentences.Select((s, i) => (Got: Joined(segmenter.Cut(s, hmm)), Want: expected[i]))
            .Where(p => p.Got != p.Want).Select(p => $"got  {p.Got}\nwant {p.Want}").ToList();
        Assert.True(differences.Count == 0, $"{differences.Count} differences:\n" + string.Join("\n", differences.Take(10)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void JiebaNet_flavor_equals_the_jieba_net_library_on_the_corpus_and_all_sentences(bool hmm)
    {
        var reference = ChineseSegmenter.Shared(engine: SegmenterEngine.JiebaNet);
        var lines = CorpusLines().Concat(Sentences()).ToArray();
        Assert.True(lines.Sum(l => l.Length) > 100_000, "the comparison needs a large text");
        var differences = lines.Select(l => (Line: l, Got: Joined(JiebaNetFlavor.Value.Cut(l, hmm)), Want: Joined(reference.Cut(l, hmm))))
            .Where(p => p.Got != p.Want).Select(p => $"line {p.Line}\ngot  {p.Got}\nwant {p.Want}").ToList();
        Assert.True(differences.Count == 0, $"{differences.Count} differences:\n" + string.Join("\n", differences.Take(5)));
    }

    [Fact]
    public void JiebaNet_flavor_has_the_same_dictionary_total_as_jieba_net()
    {
        _ = ChineseSegmenter.Shared(engine: SegmenterEngine.JiebaNet).Cut("督导组"); // jieba.NET loaded with the user dictionary
        var fast = ChineseSegmenter.LoadFast(UserDictionary, JiebaFlavor.JiebaNet);
        var dictionary = fast.Dictionary;
        Assert.Equal(WordDictionary.Instance.Total, dictionary.Total);
    }

    [Fact]
    public void Offsets_cover_every_non_space_character_of_the_corpus()
    {
        var segmenter = ChineseSegmenter.Shared();
        foreach (var line in CorpusLines())
        {
            var tokens = segmenter.Cut(line);
            Assert.All(tokens, t => Assert.Equal(t.Text, line[t.Start..t.End]));
            Assert.Equal(string.Concat(line.Where(c => !char.IsWhiteSpace(c))), string.Concat(tokens.Select(t => t.Text)));
        }
    }

    [Fact]
    public void Parallel_cuts_on_all_cores_equal_sequential_cuts_on_the_corpus()
    {
        var segmenter = ChineseSegmenter.Shared();
        var lines = CorpusLines();
        var sequential = lines.Select(l => Joined(segmenter.Cut(l))).ToArray();
        var parallel = lines.AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(4, Environment.ProcessorCount))
            .Select(l => Joined(segmenter.Cut(l))).ToArray();
        Assert.Equal(sequential, parallel);
    }

    /// <summary>Local proof on the whole corpus against live Python jieba; reported skipped where python3-jieba is absent (CI).</summary>
    [SkippableFact]
    public void Default_segmenter_equals_live_python_jieba_on_the_corpus_when_available()
    {
        // Control characters are left out: Python's str.strip() counts U+001C–U+001F as space, .NET does not.
        var lines = CorpusLines().Where(l => !l.Any(c => char.IsControl(c) && c != '\t')).ToArray();
        Assert.True(lines.Sum(l => l.Length) > 100_000);
        var dir = TestPaths.NewTempDir();
        var input = Path.Combine(dir, "in.txt");
        File.WriteAllLines(input, lines);
        var script = "import sys,logging,jieba\njieba.setLogLevel(logging.ERROR)\njieba.load_userdict(sys.argv[1])\n" +
                     "out=open(sys.argv[3],'w',encoding='utf-8')\n" +
                     "for line in open(sys.argv[2],encoding='utf-8').read().split('\\n')[:-1]:\n" +
                     " out.write(' '.join(t for t in jieba.cut(line) if t.strip())+'\\n')\n";
        var output = Path.Combine(dir, "out.txt");
        Skip.IfNot(RunPython(script, UserDictionary, input, output), "python3 with jieba is not available");
        var expected = File.ReadAllLines(output);
        Assert.Equal(lines.Length, expected.Length);
        var segmenter = ChineseSegmenter.Shared();
        var differences = lines.Select((l, i) => (Got: Joined(segmenter.Cut(l)), Want: expected[i]))
            .Where(p => p.Got != p.Want).Select(p => $"got  {p.Got}\nwant {p.Want}").ToList();
        Assert.True(differences.Count == 0, $"{differences.Count} differences:\n" + string.Join("\n", differences.Take(10)));
    }

    static bool RunPython(string script, params string[] args) =>
        new[] { "/usr/bin/python3", "python3" }.Any(python => RunPython(python, script, args));

    static bool RunPython(string python, string script, string[] args)
    {
        try
        {
            var info = new ProcessStartInfo(python) { RedirectStandardError = true, RedirectStandardOutput = true };
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add(script);
            foreach (var a in args) info.ArgumentList.Add(a);
            using var process = Process.Start(info)!;
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception) { return false; }
    }
}
