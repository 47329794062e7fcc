using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace PressMine.Cli.Commands;

/// <summary>
/// Commands that take paths as arguments would otherwise accept a mistyped option (`--bogus`) as one more path and
/// then report it as a missing input. A token shaped like an option that names no existing file is reported as
/// what it is.
/// </summary>
public static partial class UnknownOptions
{
    [GeneratedRegex(@"^--?[A-Za-z][A-Za-z0-9-]*(=.*)?$")]
    private static partial Regex OptionShape();

    public static string? Find(ParseResult parse)
    {
        var unknown = parse.Tokens
            .Where(t => t.Type == TokenType.Argument && OptionShape().IsMatch(t.Value) && !File.Exists(t.Value) && !Directory.Exists(t.Value))
            .Select(t => t.Value)
            .ToList();
        if (unknown.Count == 0) return null;
        return $"unknown option{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown)} for `{CommandPath(parse)}`; " +
               $"see `{CommandPath(parse)} --help`";
    }

    static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (SymbolResult? r = parse.CommandResult; r is CommandResult c; r = c.Parent) names.Insert(0, c.Command.Name);
        names[0] = "pressmine";
        return string.Join(' ', names);
    }
}
