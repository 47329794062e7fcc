using PressMine.Clean;
using System.CommandLine;
using PressMine.Evaluation.RealPages;

namespace PressMine.Cli.Commands;

/// <summary><c>pressmine train-clean</c>: cross-validates the block classifier against the rules and trains the shipped model.</summary>
public static class TrainCleanCommand
{
    public static Command Create()
    {
        var corpus = new Option<string?>("--corpus") { Description = "Bundled corpus directory (default: found beside the program)" };
        var devPages = new Option<string?>("--devpages") { Description = "Folder of the shared real pages (default: shared/devpages beside the checkout)" };
        var gold = new Option<string?>("--gold") { Description = "Real-page gold file (default: corpus/realpages/gne-gold.jsonl); only its dev pages are read" };
        var output = new Option<string?>("--out") { Description = "Where to save the model (default: <corpus>/models/clean-blocks.zip)" };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds over the real dev pages (0: no cross-validation)", DefaultValueFactory = _ => 5 };
        var trainer = new Option<string>("--trainer") { Description = "fasttree or lightgbm for the saved model; cross-validation measures both", DefaultValueFactory = _ => "lightgbm" };
        trainer.AcceptOnlyFromAmong("fasttree", "lightgbm");
        var command = new Command("train-clean", "Train the Clean stage's block classifier (fixed seed) on the real dev pages and the bundled corpus; print cross-validated body figures beside the rules'")
            { corpus, devPages, gold, output, folds, trainer };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(corpus) ?? CorpusLocator.FindCorpusDirectory();
            if (dir is null) { Console.Error.WriteLine("error: no corpus found"); return ExitCodes.UsageError; }
            var devpages = parse.GetValue(devPages) ?? DevPagesLocator.FindDevPages();
            if (devpages is null) { Console.Error.WriteLine("error: ../shared/devpages not found (give --devpages <dir>)"); return ExitCodes.UsageError; }
            var goldFile = parse.GetValue(gold) ?? DevPagesLocator.FindGold(dir);
            if (goldFile is null || !File.Exists(goldFile)) { Console.Error.WriteLine("error: no real-page gold file; give --gold <file>"); return ExitCodes.UsageError; }

            var real = BlockTrainingSet.RealPages(goldFile, devpages, GoldSplit.Dev);
            var generated = BlockTrainingSet.CorpusPages(dir);
            Console.WriteLine($"training pages: {real.Count} real dev pages ({real.Sum(p => p.Rows().Count())} blocks), {generated.Count} bundled corpus pages ({generated.Sum(p => p.Rows().Count())} blocks)");
            var options = new BlockTrainingOptions();
            int k = parse.GetValue(folds);
            if (k >= 2)
            {
                var rows = BlockCrossValidation.Run(real, generated, k, [BlockTrainer.FastTree, BlockTrainer.LightGbm], options);
                Console.WriteLine(BlockCrossValidation.Render(rows, k, real.Count));
            }
            var chosen = parse.GetValue(trainer) == "lightgbm" ? BlockTrainer.LightGbm : BlockTrainer.FastTree;
            var model = BlockModel.Train(real.Concat(generated).SelectMany(p => p.Rows()), options with { Trainer = chosen });
            var path = parse.GetValue(output) ?? Path.Combine(dir, "models", BlockModel.DefaultFileName);
            model.Save(path);
            Console.WriteLine($"{chosen} model trained on all {real.Count + generated.Count} pages (seed {options.Seed}) saved to {path}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
