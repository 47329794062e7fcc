using System.Text;
using System.Text.RegularExpressions;

namespace PressMine.Segment;

/// <summary>
/// jieba's word frequencies (dict.txt, then user dictionaries) with the total as the chosen flavor computes it,
/// and each word's route score log(freq) − log(total) precomputed exactly as jieba evaluates it.
/// </summary>
internal sealed partial class JiebaDictionary
{
    readonly PrefixTrie trie = new();
    double[] scores = [];

    public JiebaFlavor Flavor { get; }
    public double Total { get; private set; }
    public double LogTotal { get; private set; }
    public PrefixTrie Trie => trie;

    /// <summary>log(freq) − log(total) for a word node; jieba computes this left to right, so precomputing it is exact.</summary>
    public double Score(int node) => scores[node];

    JiebaDictionary(JiebaFlavor flavor) => Flavor = flavor;

    public static JiebaDictionary Load(string mainDictionary, JiebaFlavor flavor)
    {
        var dictionary = new JiebaDictionary(flavor);
        dictionary.LoadMain(mainDictionary);
        dictionary.Freeze();
        return dictionary;
    }

    void LoadMain(string path)
    {
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            int space = line.IndexOf(' ');
            if (space < 0) continue; // both jiebas skip lines without a frequency column
            int end = line.IndexOf(' ', space + 1);
            var freqText = end < 0 ? line.AsSpan(space + 1) : line.AsSpan(space + 1, end - space - 1);
            if (!int.TryParse(freqText, out int freq))
                throw new SegmenterException($"{path}:{lineNumber}: bad frequency '{freqText}'");
            trie.Set(line.AsSpan(0, space), freq);
            Total += freq;
        }
        if (lineNumber == 0) throw new SegmenterException($"{path} is empty");
    }

    [GeneratedRegex("^(?<word>.+?)(?<freq> [0-9]+)?(?<tag> [a-z]+)?$")]
    private static partial Regex UserLine();

    /// <summary>jieba's load_userdict: `word [freq] [tag]` lines. Not safe while other threads cut: load before sharing.</summary>
    public void AddUserDictionary(string path)
    {
        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            var line = raw.Trim().TrimStart('\uFEFF');
            if (line.Length == 0) continue;
            var match = UserLine().Match(line);
            var word = match.Groups["word"].Value.Trim();
            var freqText = match.Groups["freq"].Value.Trim();
            int? freq = freqText.Length > 0 ? int.Parse(freqText) : null;
            AddWord(word, freq);
        }
        Freeze();
    }

    void AddWord(string word, int? freq)
    {
        if (Flavor == JiebaFlavor.Python && freq == 0)
            throw new SegmenterException($"user word '{word}' with frequency 0 (Python jieba's force-split) is not supported");
        int actual = freq is > 0 ? freq.Value : SuggestFrequency(word);
        if (Flavor == JiebaFlavor.JiebaNet) Total -= trie.Frequency(word); // jieba.NET replaces; Python adds again
        trie.Set(word, actual);
        Total += actual;
    }

    /// <summary>jieba's suggest_freq(word, tune=False): just enough for the word to be cut whole.</summary>
    int SuggestFrequency(string word)
    {
        Freeze();
        var cutter = new FastJieba(this, hmmModel: null);
        double product = 1;
        foreach (var token in cutter.Cut(word, hmm: false)) product *= LookupForSuggest(token.Text) / Total;
        return Math.Max((int)(product * Total) + 1, (int)LookupForSuggest(word));
    }

    // Python: FREQ.get(w, 1) (0 for a bare prefix); jieba.NET: the frequency if > 0, else 1.
    double LookupForSuggest(string word)
    {
        int freq = trie.Frequency(word);
        if (Flavor == JiebaFlavor.Python) return freq > 0 || trie.Contains(word) ? freq : 1;
        return freq > 0 ? freq : 1;
    }

    void Freeze()
    {
        LogTotal = Math.Log(Total);
        double logTotal = LogTotal;
        scores = trie.Map(freq => Math.Log(freq) - logTotal);
    }
}
