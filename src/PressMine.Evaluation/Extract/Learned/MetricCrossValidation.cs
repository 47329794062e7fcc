using System.Security.Cryptography;
using System.Text;
using PressMine.Extract.Evaluation;
using PressMine.Places;

namespace PressMine.Extract.Learned;

/// <summary>Rules and model scored the same way on the same real stories, each story by a model that never saw it.</summary>
internal sealed record CrossValidationResult(int Folds, RealFactReport Rules, IReadOnlyDictionary<MetricCombination, RealFactReport> Model);

/// <summary>
/// k-fold cross-validation over real stories, folded by story (a story's counts never straddle train and test):
/// for fold k the model is trained on the generated dev set plus the real stories of the other folds, and the
/// stories of fold k are extracted with it and scored by <see cref="RealFactScorer"/>; the tallies of all folds
/// add up to one report. The rules are scored on the same stories.
/// </summary>
internal static class MetricCrossValidation
{
    /// <summary>The fold of a story: by a hash of its id, so adding stories does not reshuffle the others.</summary>
    public static int FoldOf(string storyId, int folds) =>
        (int)(BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes("fold:" + storyId)), 0) % (uint)folds);

    public static CrossValidationResult Run(IReadOnlyList<RealStory> stories, IReadOnlyList<LabelledMention> generated,
        MetricModelOptions options, int folds, IPlaceResolver? places)
    {
        var models = new MetricModel[folds];
        for (var k = 0; k < folds; k++)
        {
            var fold = k;
            var training = stories.Where(s => FoldOf(s.Entry.Id, folds) != fold).ToList();
            var examples = MentionLabeller.FromRealStories(training, out _, options.WordTokens).Concat(generated).ToList();
            models[k] = MetricModel.Train(examples, options);
        }
        var reports = new Dictionary<MetricCombination, RealFactReport>();
        foreach (var combination in Enum.GetValues<MetricCombination>())
        {
            var extractors = models.Select(m => new FactExtractor(places, new CombinedMetricDecider(m, combination))).ToArray();
            reports[combination] = RealFactScorer.Score("cv " + combination, stories, s => extractors[FoldOf(s.Entry.Id, folds)]);
        }
        var rules = new RealFactScorer(new FactExtractor(places)).Score("cv rules", stories);
        return new CrossValidationResult(folds, rules, reports);
    }
}
