using System.Globalization;
using System.Text;
using PressMine.Clean;
using PressMine.Evaluation;
using PressMine.Evaluation.RealPages;

namespace PressMine.Cli.Commands;

/// <summary>Body P/R/F1 of one way of choosing the body, averaged over the held-out real pages.</summary>
internal sealed record BlockCvRow(string Trainer, string Decision, string Thresholds, double Precision, double Recall, double F1, int Wins, int Losses);

/// <summary>
/// k-fold cross-validation by page over the real dev pages: each fold's model is trained on the other folds' real pages
/// plus the whole bundled corpus, then every held-out page is cleaned by the rules and by each model decision through
/// the same <see cref="PageCleaner"/> and scored with the evaluator's bigram overlap. Folds: pages in path order, i mod k.
/// </summary>
internal static class BlockCrossValidation
{
    public static readonly BlockThresholds[] VetoGrid = [new(Veto: 0.05f), new(Veto: 0.1f), new(Veto: 0.2f), new(Veto: 0.3f)];
    public static readonly BlockThresholds[] KeepGrid = [new(Keep: 0.3f), new(Keep: 0.5f), new(Keep: 0.7f)];
    public static readonly BlockThresholds[] AddGrid = [new(Veto: 0.1f, Add: 0.8f), new(Veto: 0.1f, Add: 0.95f)];

    public static List<BlockCvRow> Run(IReadOnlyList<BlockTrainingPage> real, IReadOnlyList<BlockTrainingPage> corpus, int folds,
        IReadOnlyList<BlockTrainer> trainers, BlockTrainingOptions baseOptions)
    {
        var rules = real.Select(p => Score(p, RuleBodyChooser.Instance)).ToList();
        var rows = new List<BlockCvRow> { Row("-", "rules (today)", "-", rules, rules) };
        foreach (var trainer in trainers)
        {
            var options = baseOptions with { Trainer = trainer };
            var variants = Variants().ToList();
            var scores = variants.Select(_ => new Prf[real.Count]).ToList();
            for (int fold = 0; fold < folds; fold++)
            {
                var train = real.Where((_, i) => i % folds != fold).Concat(corpus).SelectMany(p => p.Rows());
                var model = BlockModel.Train(train, options);
                for (int i = fold; i < real.Count; i += folds)
                    for (int v = 0; v < variants.Count; v++)
                        scores[v][i] = Score(real[i], new BlockChooser(model, variants[v].Decision, variants[v].Thresholds));
            }
            for (int v = 0; v < variants.Count; v++)
                rows.Add(Row(trainer.ToString(), variants[v].Decision.ToString(), variants[v].Label, scores[v], rules));
        }
        return rows;
    }

    private static IEnumerable<(BlockDecision Decision, BlockThresholds Thresholds, string Label)> Variants()
    {
        var inv = CultureInfo.InvariantCulture;
        foreach (var t in KeepGrid) yield return (BlockDecision.Model, t, string.Create(inv, $"keep>={t.Keep}"));
        foreach (var t in VetoGrid) yield return (BlockDecision.RulesWithVeto, t, string.Create(inv, $"veto<{t.Veto}"));
        foreach (var t in AddGrid) yield return (BlockDecision.RulesWithVetoAndAdditions, t, string.Create(inv, $"veto<{t.Veto} add>={t.Add}"));
    }

    public static Prf Score(BlockTrainingPage page, IBodyChooser chooser)
    {
        var body = new PageCleaner(null, chooser).Clean(page.Html, isTextDump: false, url: null).Page?.Body ?? "";
        return BigramOverlap.Score(body, page.GoldBody);
    }

    private static BlockCvRow Row(string trainer, string decision, string thresholds, IReadOnlyList<Prf> s, IReadOnlyList<Prf> rules)
    {
        int wins = 0, losses = 0;
        for (int i = 0; i < s.Count; i++)
        {
            if (s[i].F1 > rules[i].F1 + 1e-9) wins++;
            else if (s[i].F1 < rules[i].F1 - 1e-9) losses++;
        }
        return new BlockCvRow(trainer, decision, thresholds, s.Average(p => p.Predicted == 0 ? 0 : p.Precision), s.Average(p => p.Recall),
            s.Average(p => p.F1), wins, losses);
    }

    public static string Render(IReadOnlyList<BlockCvRow> rows, int folds, int pages)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(string.Create(inv, $"{folds}-fold cross-validation by page over {pages} real dev pages (body bigram P/R/F1 averaged over pages; wins/losses: pages better/worse than the rules)"));
        sb.AppendLine("trainer   decision                   thresholds          body P  body R  body F1  wins  losses");
        sb.AppendLine("--------  -------------------------  ------------------  ------  ------  -------  ----  ------");
        foreach (var r in rows)
            sb.AppendLine(string.Create(inv, $"{r.Trainer,-8}  {r.Decision,-25}  {r.Thresholds,-18}  {r.Precision,6:F3}  {r.Recall,6:F3}  {r.F1,7:F3}  {r.Wins,4}  {r.Losses,6}"));
        return sb.ToString();
    }
}
