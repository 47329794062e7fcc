using System.Text.RegularExpressions;

namespace PressMine.Clean.Lexicon;

/// <summary>The site- and outlet-name matchers built from corpus/clean/site-names.txt.</summary>
internal sealed class SiteNameSuffixes
{
    public required Regex OutletName { get; init; }
    public required Regex TitleSeparator { get; init; }
    public required Regex SiteLike { get; init; }
    public required Regex OutletLike { get; init; }
    public required Regex NotSiteName { get; init; }

    public static SiteNameSuffixes From(SectionedWordList list)
    {
        string Alt(string section) => LexiconPattern.Alternation(list.Entries(section));
        const RegexOptions ci = RegexOptions.IgnoreCase;
        return new SiteNameSuffixes
        {
            OutletName = LexiconPattern.Compile($@"^[\u4e00-\u9fff]{{2,10}}(?:{Alt("outlet-suffixes")})$"),
            TitleSeparator = LexiconPattern.Compile(
                $@"\s*(?:\s[-–—|｜]\s|_|｜|\||——|--|-{{1}}(?=[^-]*(?:{Alt("title-hyphen-site-suffixes")})\s*$))\s*"),
            SiteLike = LexiconPattern.Compile($"(?:{Alt("title-site-suffixes")})$", ci),
            OutletLike = LexiconPattern.Compile($"(?:{Alt("title-outlet-prefixes")})$", ci),
            // A number-led part ("2023-2024学年…") is a range, not a name.
            NotSiteName = LexiconPattern.Compile($@"(?:{Alt("report-words")})$|^\d"),
        };
    }
}
