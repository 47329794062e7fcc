using PressMine.Segment;

namespace PressMine.Tests.Places;

/// <summary>
/// The only test class that loads the domain user dictionary: jieba.NET's dictionary is process-wide, so
/// every assertion about segmenting with corpus/dict/userdict.txt lives here.
/// </summary>
public class UserDictionarySegmenterTests
{
    static readonly string UserDictionary = Path.Combine(AppContext.BaseDirectory, "corpus", "dict", "userdict.txt");

    static string[] Words(string text) => ChineseSegmenter.Shared(UserDictionary).Cut(text).Select(t => t.Text).ToArray();

    [Fact]
    public void Supervision_terms_are_single_tokens()
    {
        var words = Words("督导组要求各单位立行立改，确保问题整改到位，实现复工复产");
        Assert.Contains("督导组", words);
        Assert.Contains("整改到位", words);
        Assert.Contains("立行立改", words);
        Assert.Contains("复工复产", words);
    }

    [Fact]
    public void Place_names_are_single_tokens()
    {
        var words = Words("巡回督导组在万源市和镇海区开展四不两直明察暗访");
        Assert.Contains("巡回督导组", words);
        Assert.Contains("万源市", words);
        Assert.Contains("镇海区", words);
        Assert.Contains("四不两直", words);
        Assert.Contains("明察暗访", words);
    }

    [Fact]
    public void Every_line_of_the_dictionary_has_word_frequency_and_tag()
    {
        var lines = File.ReadAllLines(UserDictionary);
        Assert.True(lines.Length > 5000);
        var bad = lines.Where(l => !System.Text.RegularExpressions.Regex.IsMatch(l, "^[^ ]+ [0-9]+ [a-z]+$")).Take(5).ToList();
        Assert.Empty(bad);
        Assert.True(lines.Count(l => !l.EndsWith(" ns")) >= 150, "fewer than 150 vocabulary entries");
    }
}
