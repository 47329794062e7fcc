using System.CommandLine;
using PressMine.Report;
using PressMine.Sink;

namespace PressMine.Cli.Commands;

public static class ReportCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("dataset") { Description = "Dataset directory written by `pressmine run`" };
        var html = new Option<string?>("--html") { Description = "Where to write the report (default: <dataset>/report.html)" };
        var command = new Command("report", "Write a self-contained HTML report with charts") { dir, html };
        command.SetAction(parse =>
        {
            var dataset = parse.GetValue(dir)!;
            var target = parse.GetValue(html) ?? Path.Combine(dataset, "report.html");
            try
            {
                var page = ReportBuilder.Build(ReportData.Read(dataset), Path.GetFileName(Path.GetFullPath(dataset)));
                var tmp = target + ".tmp";
                File.WriteAllText(tmp, page);
                File.Move(tmp, target, overwrite: true);
                Console.WriteLine($"report: {Path.GetFullPath(target)}");
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
