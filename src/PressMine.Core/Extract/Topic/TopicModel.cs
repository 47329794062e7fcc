using Microsoft.ML;
using Microsoft.ML.Data;
using PressMine.Segment;

namespace PressMine.Extract.Topic;

/// <summary>A labelled text for training: is it a supervision/inspection report?</summary>
public sealed record LabelledText(string Text, bool IsSupervision);

/// <summary>Cross-validated figures of a topic model.</summary>
public sealed record TopicModelFigures(int Examples, int Folds, double Accuracy, double Auc, double F1, double Precision, double Recall);

/// <summary>
/// Tells supervision/inspection reports from other news: jieba tokens → word 1–2-grams → L-BFGS logistic
/// regression (ML.NET). Trained on the corpus' labelled pages; the model ships as corpus/models/topic.zip.
/// </summary>
public sealed class TopicModel
{
    /// <summary>The label of a supervision or inspection report, as <see cref="Records.Article.Topic"/> holds it.</summary>
    public const string Supervision = "supervision";
    /// <summary>The label of any other news.</summary>
    public const string OtherNews = "other";

    sealed class Row
    {
        public string Tokens { get; set; } = "";
        public bool Label { get; set; }
    }

    sealed class Prediction
    {
        [ColumnName("PredictedLabel")] public bool IsSupervision { get; set; }
        public float Probability { get; set; }
    }

    readonly MLContext ml = new(seed: 7);
    readonly ITransformer model;
    readonly ThreadLocal<PredictionEngine<Row, Prediction>> engines;
    readonly ChineseSegmenter segmenter;
    readonly LinearTopicScorer? scorer;

    TopicModel(ITransformer model, ChineseSegmenter segmenter)
    {
        this.model = model;
        this.segmenter = segmenter;
        engines = new ThreadLocal<PredictionEngine<Row, Prediction>>(() => ml.Model.CreatePredictionEngine<Row, Prediction>(model));
        scorer = LinearTopicScorer.From(model, ml.Data.LoadFromEnumerable(Array.Empty<Row>()));
    }

    /// <summary>The segmenter the model cuts texts with.</summary>
    internal ChineseSegmenter Segmenter => segmenter;

    // Weak regularisation: with L2-normalised n-gram vectors the default (L1 = L2 = 1) predicts the majority class for
    // every text (5-fold AUC 0.59); a sweep of L2 over 0.1/0.01/0.001/0.0001 (L1 0) gave accuracy 0.84/0.89/0.93/0.94.
    static IEstimator<ITransformer> Pipeline(MLContext ml) =>
        ml.Transforms.Text.TokenizeIntoWords("Words", nameof(Row.Tokens), [' '])
            .Append(ml.Transforms.Conversion.MapValueToKey("WordKeys", "Words"))
            .Append(ml.Transforms.Text.ProduceNgrams("Features", "WordKeys", ngramLength: 2))
            .Append(ml.Transforms.NormalizeLpNorm("Features"))
            .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(nameof(Row.Label), "Features", l1Regularization: 0, l2Regularization: 0.001f));

    static string Tokenize(ChineseSegmenter segmenter, string text) => string.Join(' ', segmenter.Cut(text).Select(t => t.Text));

    static List<Row> Rows(IEnumerable<LabelledText> texts, ChineseSegmenter segmenter) =>
        texts.Select(t => new Row { Tokens = Tokenize(segmenter, t.Text), Label = t.IsSupervision }).ToList();

    /// <summary>Trains a model on the examples, cutting each with the segmenter; deterministic (fixed seed).</summary>
    public static TopicModel Train(IReadOnlyList<LabelledText> examples, ChineseSegmenter segmenter)
    {
        var ml = new MLContext(seed: 7);
        var data = ml.Data.LoadFromEnumerable(Rows(examples, segmenter));
        return new TopicModel(Pipeline(ml).Fit(data), segmenter);
    }

    /// <summary>Mean figures over folds-fold cross-validation of the same training on the examples; the positive class is supervision.</summary>
    public static TopicModelFigures CrossValidate(IReadOnlyList<LabelledText> examples, ChineseSegmenter segmenter, int folds = 5)
    {
        var ml = new MLContext(seed: 7);
        var rows = Rows(examples, segmenter);
        var results = ml.BinaryClassification.CrossValidate(ml.Data.LoadFromEnumerable(rows), Pipeline(ml), folds, nameof(Row.Label));
        double Mean(Func<CalibratedBinaryClassificationMetrics, double> f) => results.Average(r => f(r.Metrics));
        return new TopicModelFigures(rows.Count, folds, Mean(m => m.Accuracy), Mean(m => m.AreaUnderRocCurve), Mean(m => m.F1Score),
            Mean(m => m.PositivePrecision), Mean(m => m.PositiveRecall));
    }

    /// <summary>Writes the model as an ML.NET zip to path, creating its directory.</summary>
    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var schema = ml.Data.LoadFromEnumerable(Array.Empty<Row>()).Schema;
        ml.Model.Save(model, schema, path);
    }

    internal static TopicModel Load(string path, ChineseSegmenter segmenter)
    {
        var ml = new MLContext(seed: 7);
        return new TopicModel(ml.Model.Load(path, out _), segmenter);
    }

    /// <summary>The shipped model's file name under corpus/models/.</summary>
    public const string DefaultFileName = "topic.zip";
    static readonly Lazy<TopicModel?> DefaultInstance = new(() =>
        CorpusLocator.DataFile("models", DefaultFileName) is { } path ? Load(path, ChineseSegmenter.SharedAsChosen()) : null);

    /// <summary>
    /// The shipped model (bin/corpus/models/topic.zip, else the source corpus' models/topic.zip), loaded once per
    /// process; null when no model file is present, so that callers leave the topic empty. It cuts with the segmenter
    /// the process chose (`run --user-dict` loads its dictionary first), as jieba's dictionary is process-wide.
    /// </summary>
    public static TopicModel? LoadDefault() => DefaultInstance.Value;

    /// <summary>The topic label and the probability that the text is a supervision report.</summary>
    public (string Topic, double Score) Predict(string? title, string body) => Predict(Words(title), Words(body));

    /// <summary>The words of a text as the model cuts it (whitespace dropped).</summary>
    internal IReadOnlyList<string> Words(string? text) => text is null ? [] : segmenter.Cut(text).ConvertAll(t => t.Text);

    /// <summary>
    /// <see cref="Predict(string?, string)"/> from the words of the title and of the body, as <see cref="Words"/> gives
    /// them: the segmenter drops the line break between the two, so they are the words of the whole text.
    /// </summary>
    internal (string Topic, double Score) Predict(IReadOnlyList<string> titleWords, IReadOnlyList<string> bodyWords)
    {
        if (scorer is null) return PredictWithEngine(titleWords, bodyWords);
        var (probability, score) = scorer.Score(titleWords.Concat(bodyWords));
        return (score > 0 ? Supervision : OtherNews, Math.Round((float)probability, 4));
    }

    /// <summary>The prediction through ML.NET's engine, as the model was trained to be used; the linear scorer's reference.</summary>
    internal (string Topic, double Score) PredictWithEngine(IReadOnlyList<string> titleWords, IReadOnlyList<string> bodyWords)
    {
        var p = engines.Value!.Predict(new Row { Tokens = string.Join(' ', titleWords.Concat(bodyWords)) });
        return (p.IsSupervision ? Supervision : OtherNews, Math.Round(p.Probability, 4));
    }

    /// <summary>The unrounded probability of the engine and of the linear scorer (null: the model has none) for a text
    /// of these words, for the test that holds them equal.</summary>
    internal (double Engine, double? Linear) Probabilities(IReadOnlyList<string> words) =>
        (engines.Value!.Predict(new Row { Tokens = string.Join(' ', words) }).Probability, scorer?.Score(words).Probability);
}
