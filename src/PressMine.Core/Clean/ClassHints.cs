using AngleSharp.Dom;
using PressMine.Clean.Lexicon;

namespace PressMine.Clean;

/// <summary>
/// Whether an element's class and id ("content", "article" / "share", "footer") hint at article text or at
/// furniture, matched once per distinct (class, id) pair of a page: the content scorer, the content-line test and the
/// block features ask for the same few dozen values thousands of times.
/// </summary>
internal sealed class ClassHints
{
    private readonly Dictionary<(string Class, string Id), (bool Positive, bool Negative)> _seen = new();

    /// <summary>The positive and negative hints of <paramref name="e"/>'s class and id; both false when it has neither.</summary>
    public (bool Positive, bool Negative) Of(IElement e)
    {
        var key = (e.ClassName ?? "", e.Id ?? "");
        if (_seen.TryGetValue(key, out var known)) return known;
        var text = (key.Item1 + " " + key.Item2).Trim();
        var lexicon = CleanLexicon.Default;
        var hints = text.Length == 0 ? default : (lexicon.PositiveHint.IsMatch(text), lexicon.NegativeHint.IsMatch(text));
        _seen[key] = hints;
        return hints;
    }

    /// <summary>A furniture hint without an article hint.</summary>
    public bool IsNegative(IElement e) => Of(e) is { Negative: true, Positive: false };
}
