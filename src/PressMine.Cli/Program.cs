using System.CommandLine;
using System.Text;
using PressMine.Cli.Commands;

Console.OutputEncoding = new UTF8Encoding(false);
var root = new RootCommand("PressMine: Chinese local-news pages → clean articles and queryable facts.")
{
    RunCommand.Create(),
    SegmentCommand.Create(),
    QueryCommand.Create(),
    EvaluateCommand.Create(),
    ReportCommand.Create(),
    ExportCommand.Create(),
    CrawlCommand.Create(),
    TrainTopicCommand.Create(),
    TrainCleanCommand.Create(),
    TrainFactsCommand.Create(),
    GoldXwlbCommand.Create(),
    MergeCommand.Create(),
    SlurmCommand.Create(),
};
Interruption.Install();
// Signals are handled by Interruption, exceptions here, so that an interrupted command always says what happened.
var invocation = new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false };
try
{
    var parse = root.Parse(args);
    if (UnknownOptions.Find(parse) is { } unknown) { Console.Error.WriteLine($"error: {unknown}"); return ExitCodes.UsageError; }
    return await parse.InvokeAsync(invocation, Interruption.Token);
}
catch (Exception e) when (Interruption.Requested && Interruption.IsCancellation(e))
{
    Console.Error.WriteLine(Interruption.Message);
    return Interruption.ExitCode;
}
catch (Exception e)
{
    Console.Error.WriteLine($"error: {e}");
    return ExitCodes.UsageError;
}
