using System.CommandLine;
using PressMine.Sink;

namespace PressMine.Cli.Commands;

public static class ExportCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("dataset") { Description = "Dataset directory written by `pressmine run`" };
        var format = new Option<string>("--format") { Description = "xlsx (one sheet per table and view)", DefaultValueFactory = _ => "xlsx" };
        format.AcceptOnlyFromAmong("xlsx");
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the workbook (default: <dataset>.xlsx beside the dataset)" };
        var command = new Command("export", "Write the dataset as an Excel workbook: facts, facts_summable, found_vs_rectified, articles") { dir, format, output };
        command.SetAction(parse =>
        {
            var dataset = parse.GetValue(dir)!;
            var target = parse.GetValue(output) ?? Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataset)) + ".xlsx";
            if (Directory.Exists(target)) { Console.Error.WriteLine($"error: '{target}' is a directory"); return ExitCodes.UsageError; }
            try
            {
                XlsxExport.Write(dataset, target);
                Console.WriteLine($"workbook: {Path.GetFullPath(target)}");
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
