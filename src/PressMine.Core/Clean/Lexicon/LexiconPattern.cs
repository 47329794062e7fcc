using System.Text.RegularExpressions;

namespace PressMine.Clean.Lexicon;

/// <summary>
/// Turns the entries of a vocabulary section into one regular-expression alternation, in file order. Each entry is a
/// text plus an optional form (see corpus/clean/boilerplate.txt): plain texts are escaped, so a vocabulary file never
/// needs regex syntax except in the few entries marked <c>pattern</c>.
/// </summary>
internal static class LexiconPattern
{
    public static string Alternation(IEnumerable<string[]> entries)
        => string.Join("|", entries.Select(Fragment));

    public static Regex Compile(string pattern, RegexOptions options = RegexOptions.None)
        => new(pattern, options | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static string Fragment(string[] entry)
    {
        var text = entry[0];
        var form = entry.Length > 1 ? entry[1] : "";
        var t = Regex.Escape(text);
        return form switch
        {
            "" => t,
            "word" => $@"\b{t}\b",
            "word-end" => $@"{t}\b",
            "label" => $@"{t}\s*[:：]",
            "line-start" => $"^{t}",
            "line-start-label" => $@"^{t}\s*[:：]",
            "line-end" => $"{t}$",
            "line" => $"^{t}$",
            "pattern" => text,
            _ => throw new InvalidDataException($"unknown vocabulary form '{form}' for entry '{text}'"),
        };
    }
}
