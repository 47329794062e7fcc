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
    CrawlCommand.Create(),
    TrainTopicCommand.Create(),
    MergeCommand.Create(),
    SlurmCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
