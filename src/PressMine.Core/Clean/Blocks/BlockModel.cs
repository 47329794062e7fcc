using Microsoft.ML;
using Microsoft.ML.Data;

// In the Clean namespace itself (not Clean.Blocks): PageCleaner defaults to the shipped chooser, and a sub-namespace
// would make Clean and Clean.Blocks use each other.
namespace PressMine.Clean;

/// <summary>One training or scoring row: a block's features and whether it is body text.</summary>
internal sealed class BlockRow
{
    public bool Label { get; set; }

    [VectorType(BlockFeatures.Count)]
    public float[] Features { get; set; } = [];
}

internal sealed class BlockScore
{
    public float Probability { get; set; }
}

internal enum BlockTrainer { FastTree, LightGbm }

/// <summary>Trainer settings; fixed seed and one thread, so the same rows give the same model.</summary>
internal sealed record BlockTrainingOptions(BlockTrainer Trainer = BlockTrainer.FastTree, int Trees = 200, int Leaves = 16,
    int MinExamplesPerLeaf = 10, double LearningRate = 0.1, int Seed = 20261203);

/// <summary>The learned block classifier: trains from labelled rows, saves and loads a .zip, scores a page's blocks.</summary>
internal sealed class BlockModel
{
    public const string DefaultFileName = "clean-blocks.zip";

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    // One engine per thread, made once: scoring through Transform + CreateEnumerable emitted and JIT-compiled new
    // row accessors (dynamic methods) on every page, a quarter of a run's CPU.
    private readonly ThreadLocal<PredictionEngine<BlockRow, BlockScore>> _engines;
    // The trees walked directly when the model is a calibrated tree ensemble (always, for the shipped one).
    private readonly BlockTreeScorer? _trees;

    private BlockModel(MLContext ml, ITransformer model)
    {
        (_ml, _model) = (ml, model);
        _trees = BlockTreeScorer.From(model);
        _engines = new(() =>
        {
            Interlocked.Increment(ref _enginesMade);
            return _ml.Model.CreatePredictionEngine<BlockRow, BlockScore>(_model);
        });
    }

    private int _enginesMade;

    /// <summary>How many scoring engines were built (one per thread that scored), for tests bounding the work.</summary>
    internal int EnginesMade => _enginesMade;

    public static BlockModel Train(IEnumerable<BlockRow> rows, BlockTrainingOptions options)
    {
        var ml = new MLContext(seed: options.Seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        IEstimator<ITransformer> trainer = options.Trainer switch
        {
            BlockTrainer.FastTree => ml.BinaryClassification.Trainers.FastTree(new Microsoft.ML.Trainers.FastTree.FastTreeBinaryTrainer.Options
            {
                NumberOfTrees = options.Trees, NumberOfLeaves = options.Leaves, MinimumExampleCountPerLeaf = options.MinExamplesPerLeaf,
                LearningRate = options.LearningRate, NumberOfThreads = 1, Seed = options.Seed,
            }),
            _ => ml.BinaryClassification.Trainers.LightGbm(new Microsoft.ML.Trainers.LightGbm.LightGbmBinaryTrainer.Options
            {
                NumberOfIterations = options.Trees, NumberOfLeaves = options.Leaves, MinimumExampleCountPerLeaf = options.MinExamplesPerLeaf,
                LearningRate = options.LearningRate, NumberOfThreads = 1, Seed = options.Seed, Verbose = false, Silent = true,
                Deterministic = true,
            }),
        };
        return new BlockModel(ml, trainer.Fit(data));
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var schema = _ml.Data.LoadFromEnumerable(Array.Empty<BlockRow>()).Schema;
        using var file = File.Create(path);
        _ml.Model.Save(_model, schema, file);
    }

    public static BlockModel Load(string path)
    {
        var ml = new MLContext(seed: 0);
        using var file = File.OpenRead(path);
        return new BlockModel(ml, ml.Model.Load(file, out _));
    }

    /// <summary>The shipped model (corpus/models/clean-blocks.zip), or null when it is not there.</summary>
    public static BlockModel? LoadDefault()
        => CorpusLocator.DataFile("models", DefaultFileName) is { } path ? Load(path) : null;

    /// <summary>True when blocks are scored by walking the trees in C# rather than through ML.NET.</summary>
    internal bool WalksTrees => _trees is not null;

    /// <summary>The probability that each block is body text, in the order given. Thread-safe.</summary>
    public float[] Score(IReadOnlyList<BlockCandidate> blocks)
    {
        if (_trees is null) return ScoreByEngine(blocks);
        var scores = new float[blocks.Count];
        for (int i = 0; i < blocks.Count; i++) scores[i] = _trees.Probability(blocks[i].Features);
        return scores;
    }

    /// <summary>The probability that a block with these features is body text. Thread-safe.</summary>
    public float Score(float[] features)
        => _trees?.Probability(features) ?? _engines.Value!.Predict(new BlockRow { Features = features }).Probability;

    /// <summary>Scores through a per-thread ML.NET PredictionEngine: the reference the tree walk must equal.</summary>
    internal float[] ScoreByEngine(IReadOnlyList<BlockCandidate> blocks)
    {
        if (blocks.Count == 0) return [];
        var engine = _engines.Value!;
        var row = new BlockRow();
        var scores = new float[blocks.Count];
        for (int i = 0; i < blocks.Count; i++)
        {
            row.Features = blocks[i].Features;
            scores[i] = engine.Predict(row).Probability;
        }
        return scores;
    }

    /// <summary>Scores through ML.NET's batch transform: the reference the per-thread engine must equal.</summary>
    internal float[] ScoreByTransform(IReadOnlyList<BlockCandidate> blocks)
    {
        var scored = _model.Transform(_ml.Data.LoadFromEnumerable(blocks.Select(b => new BlockRow { Features = b.Features })));
        return _ml.Data.CreateEnumerable<BlockScore>(scored, reuseRowObject: false).Select(s => s.Probability).ToArray();
    }
}
