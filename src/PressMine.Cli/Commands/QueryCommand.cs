using System.CommandLine;
using PressMine.Sink;

namespace PressMine.Cli.Commands;

public static class QueryCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("dataset") { Description = "Dataset directory written by `pressmine run`" };
        var sql = new Argument<string?>("sql") { Arity = ArgumentArity.ZeroOrOne, Description = "A SELECT statement over articles, facts, facts_unique and the ready-made views" };
        var file = new Option<string?>("--file", "-f") { Description = "Read the SQL from a file" };
        var format = new Option<string>("--format") { Description = "table, csv or json", DefaultValueFactory = _ => "table" };
        var command = new Command("query", "Run read-only SQL over a dataset") { dir, sql, file, format };
        command.SetAction(parse =>
        {
            var text = parse.GetValue(file) is { } path ? File.ReadAllText(path) : parse.GetValue(sql);
            if (string.IsNullOrWhiteSpace(text)) { Console.Error.WriteLine("error: give the SQL as an argument or with --file"); return ExitCodes.UsageError; }
            try
            {
                using var query = new DatasetQuery(parse.GetValue(dir)!);
                var result = query.Run(text);
                Console.Out.Write(QueryOutput.Render(result, parse.GetValue(format)!));
                return ExitCodes.Ok;
            }
            catch (QueryException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.Failed;
            }
        });
        return command;
    }
}
