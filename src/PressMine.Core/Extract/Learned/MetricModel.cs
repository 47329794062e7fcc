using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace PressMine.Extract.Learned;

/// <summary>The learners compared for the metric decision.</summary>
internal enum MetricLearner { SdcaMaximumEntropy, LbfgsMaximumEntropy, LightGbm, FastTree }

/// <summary>How to train: the learner and the seed (training is single-threaded, so the same data gives the same model).</summary>
/// <param name="Learner">The ML.NET trainer.</param>
/// <param name="Seed">The trainer's random seed.</param>
/// <param name="WordTokens">Also feed the jieba words around the number (<see cref="MentionFeatures"/>); a model trained so
/// must be loaded with the same setting.</param>
internal sealed record MetricModelOptions(MetricLearner Learner = MetricLearner.LbfgsMaximumEntropy, int Seed = 15, bool WordTokens = false);

/// <summary>
/// The learned metric decision (ML.NET): the bag of <see cref="MentionFeatures"/> tokens of a count → the class of
/// metrics it gives (<see cref="LabelCodec"/>). Saved as a zip (corpus/models/facts-metric.zip).
/// </summary>
internal sealed class MetricModel : IMetricDecider
{
    public const string DefaultFileName = "facts-metric.zip";

    private sealed class Row
    {
        public string Tokens { get; set; } = "";
        public string Label { get; set; } = "";
    }

    private sealed class Prediction
    {
        [ColumnName("PredictedLabel")] public string Label { get; set; } = "";
    }

    private readonly MLContext ml;
    private readonly ITransformer model;
    private readonly ThreadLocal<PredictionEngine<Row, Prediction>> engines;

    private readonly PressMine.Segment.ChineseSegmenter? words;

    private MetricModel(MLContext ml, ITransformer model, bool wordTokens)
    {
        this.ml = ml;
        this.model = model;
        words = wordTokens ? PressMine.Segment.ChineseSegmenter.Shared() : null;
        engines = new(() => ml.Model.CreatePredictionEngine<Row, Prediction>(model));
    }

    public static MetricModel Train(IReadOnlyList<LabelledMention> examples, MetricModelOptions options)
    {
        var ml = new MLContext(seed: options.Seed);
        // In a fixed order, so the same examples in any order give the same model.
        var rows = examples.OrderBy(e => e.Group, StringComparer.Ordinal).ThenBy(e => string.Join(' ', e.Tokens), StringComparer.Ordinal)
            .Select(ToRow).ToList();
        var data = ml.Data.LoadFromEnumerable(rows);
        return new MetricModel(ml, Pipeline(ml, options).Fit(data), options.WordTokens);
    }

    public IReadOnlyList<MetricLabel> Decide(MentionContext mention)
    {
        var row = new Row { Tokens = string.Join(' ', MentionFeatures.Tokens(mention, words).Select(Escape)) };
        return LabelCodec.Decode(engines.Value!.Predict(row).Label, mention);
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var schema = ml.Data.LoadFromEnumerable(Array.Empty<Row>()).Schema;
        ml.Model.Save(model, schema, path);
    }

    public static MetricModel Load(string path, bool wordTokens = false)
    {
        var ml = new MLContext(seed: 15);
        var model = ml.Model.Load(path, out _);
        return new MetricModel(ml, model, wordTokens);
    }

    private static Row ToRow(LabelledMention m) => new() { Tokens = string.Join(' ', m.Tokens.Select(Escape)), Label = m.Label };

    // Tokens are split on spaces; none of ours holds one, but a character feature might be a space.
    private static string Escape(string token) => token.Replace(' ', '␣');

    private static IEstimator<ITransformer> Pipeline(MLContext ml, MetricModelOptions options)
    {
        var features = ml.Transforms.Text.TokenizeIntoWords("Words", nameof(Row.Tokens), [' '])
            .Append(ml.Transforms.Conversion.MapValueToKey("WordKeys", "Words"))
            .Append(ml.Transforms.Text.ProduceNgrams("Features", "WordKeys", ngramLength: 1, useAllLengths: false,
                weighting: Microsoft.ML.Transforms.Text.NgramExtractingEstimator.WeightingCriteria.Tf))
            .Append(ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(Row.Label)));
        IEstimator<ITransformer> trainer = options.Learner switch
        {
            MetricLearner.SdcaMaximumEntropy => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(
                new() { LabelColumnName = "LabelKey", FeatureColumnName = "Features", NumberOfThreads = 1, MaximumNumberOfIterations = 100 }),
            MetricLearner.LbfgsMaximumEntropy => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
                new() { LabelColumnName = "LabelKey", FeatureColumnName = "Features", NumberOfThreads = 1, L2Regularization = 0.1f, L1Regularization = 0 }),
            MetricLearner.LightGbm => ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey", FeatureColumnName = "Features", NumberOfThreads = 1, Seed = options.Seed,
                Deterministic = true, NumberOfLeaves = 8, MinimumExampleCountPerLeaf = 2, NumberOfIterations = 150, LearningRate = 0.1,
            }),
            MetricLearner.FastTree => ml.MulticlassClassification.Trainers.OneVersusAll(
                ml.BinaryClassification.Trainers.FastTree(new Microsoft.ML.Trainers.FastTree.FastTreeBinaryTrainer.Options
                {
                    LabelColumnName = "LabelKey", FeatureColumnName = "Features", NumberOfThreads = 1, Seed = options.Seed,
                    NumberOfLeaves = 8, MinimumExampleCountPerLeaf = 2, NumberOfTrees = 100,
                }), labelColumnName: "LabelKey"),
            _ => throw new ArgumentOutOfRangeException(nameof(options)),
        };
        return features.Append(trainer).Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
    }
}
