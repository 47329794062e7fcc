using System.CommandLine;
using System.Globalization;
using PressMine.Extract.Topic;
using PressMine.Segment;

namespace PressMine.Cli.Commands;

/// <summary><c>pressmine train-topic</c>: cross-validates and trains the supervision-report classifier.</summary>
public static class TrainTopicCommand
{
    public static Command Create()
    {
        var corpus = new Option<string?>("--corpus") { Description = "Corpus directory whose expected/*.json carry \"topic\" (default: the bundled corpus)" };
        var devSet = new Option<string?>("--devset") { Description = "Folder of labelled *.jsonl texts (default: the extractor's dev set beside the corpus)" };
        var output = new Option<string?>("--out") { Description = "Where to save the model (default: <corpus>/models/topic.zip)" };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds", DefaultValueFactory = _ => 5 };
        var command = new Command("train-topic", "Train the supervision/other topic model on the labelled corpus pages and print cross-validated figures")
            { corpus, devSet, output, folds };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(corpus) ?? CorpusLocator.FindCorpusDirectory();
            if (dir is null) { Console.Error.WriteLine("error: no corpus found"); return ExitCodes.UsageError; }
            var devDir = parse.GetValue(devSet) ?? TopicTrainingSet.DefaultDevSetDirectory(dir);
            var examples = TopicTrainingSet.Load(dir, devDir);
            int positives = examples.Count(e => e.IsSupervision);
            if (positives == 0 || positives == examples.Count)
            {
                Console.Error.WriteLine($"error: need both topics among the labelled texts ({positives} of {examples.Count} are supervision)");
                return ExitCodes.UsageError;
            }
            var segmenter = ChineseSegmenter.Shared();
            var inv = CultureInfo.InvariantCulture;
            Console.WriteLine($"labelled texts: {examples.Count} ({positives} supervision, {examples.Count - positives} other) from {dir}{(devDir is null ? "" : " and " + devDir)}");
            var cv = TopicModel.CrossValidate(examples, segmenter, parse.GetValue(folds));
            Console.WriteLine(string.Create(inv, $"{cv.Folds}-fold cross-validation: accuracy {cv.Accuracy:F3}  AUC {cv.Auc:F3}  F1 {cv.F1:F3}  precision {cv.Precision:F3}  recall {cv.Recall:F3}"));
            var path = parse.GetValue(output) ?? Path.Combine(dir, "models", TopicModel.DefaultFileName);
            TopicModel.Train(examples, segmenter).Save(path);
            Console.WriteLine($"model saved to {path}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
