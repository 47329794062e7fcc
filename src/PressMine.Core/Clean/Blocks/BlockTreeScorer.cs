using System.Reflection;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

// In the Clean namespace itself (not Clean.Blocks): PageCleaner defaults to the shipped chooser, and a sub-namespace
// would make Clean and Clean.Blocks use each other.
namespace PressMine.Clean;

/// <summary>
/// The block classifier's trees walked in C#: the tree ensemble and the Platt calibrator are read once from the
/// loaded model into flat arrays, and a block is scored without ML.NET's row machinery (a PredictionEngine cost
/// about 0.9 ms of CPU per real page, mostly per-row overhead around a few hundred node tests).
/// </summary>
internal sealed class BlockTreeScorer
{
    // Node n of the ensemble (trees laid end to end): go to Left[n] when Features[Feature[n]] <= Threshold[n], else to
    // Right[n]; a child below zero is leaf ~child of that tree, whose value is Leaves[LeafStart[tree] + ~child].
    private readonly int[] _feature, _left, _right, _treeRoot, _leafStart;
    private readonly float[] _threshold;
    private readonly double[] _leaves, _treeWeight;
    private readonly double _bias;
    private readonly PlattCalibrator _calibrator;

    private BlockTreeScorer(TreeEnsemble<RegressionTree> ensemble, PlattCalibrator calibrator)
    {
        var trees = ensemble.Trees;
        int nodes = trees.Sum(t => t.NumberOfNodes), leaves = trees.Sum(t => t.NumberOfLeaves);
        (_feature, _left, _right, _threshold) = (new int[nodes], new int[nodes], new int[nodes], new float[nodes]);
        (_treeRoot, _leafStart, _leaves) = (new int[trees.Count], new int[trees.Count], new double[leaves]);
        _treeWeight = ensemble.TreeWeights.ToArray();
        (_bias, _calibrator) = (ensemble.Bias, calibrator);
        int nodeAt = 0, leafAt = 0;
        for (int t = 0; t < trees.Count; t++)
        {
            var tree = trees[t];
            (_treeRoot[t], _leafStart[t]) = (tree.NumberOfNodes == 0 ? ~0 : nodeAt, leafAt); // a lone leaf is its own root
            for (int n = 0; n < tree.NumberOfNodes; n++)
            {
                _feature[nodeAt + n] = tree.NumericalSplitFeatureIndexes[n];
                _threshold[nodeAt + n] = tree.NumericalSplitThresholds[n];
                _left[nodeAt + n] = tree.LeftChild[n] < 0 ? tree.LeftChild[n] : tree.LeftChild[n] + nodeAt;
                _right[nodeAt + n] = tree.RightChild[n] < 0 ? tree.RightChild[n] : tree.RightChild[n] + nodeAt;
            }
            for (int l = 0; l < tree.NumberOfLeaves; l++) _leaves[leafAt + l] = tree.LeafValues[l];
            nodeAt += tree.NumberOfNodes;
            leafAt += tree.NumberOfLeaves;
        }
    }

    /// <summary>
    /// The scorer for a loaded binary tree model with a Platt calibrator (what FastTree and LightGBM training save);
    /// null for any other model, or one with categorical splits, which is then scored through ML.NET.
    /// </summary>
    public static BlockTreeScorer? From(ITransformer model)
    {
        var last = model is TransformerChain<ITransformer> chain ? chain.LastTransformer : model;
        if (last is not IPredictionTransformer<object> { Model: { } parameters }) return null;
        // The properties are read on the generic base: derived classes re-declare them.
        if (CalibratedBase(parameters.GetType()) is not { } type) return null;
        var subModel = type.GetProperty(nameof(CalibratedModelParametersBase<object, ICalibrator>.SubModel), Declared)?.GetValue(parameters);
        var calibrator = type.GetProperty(nameof(CalibratedModelParametersBase<object, ICalibrator>.Calibrator), Declared)?.GetValue(parameters);
        if (subModel is not TreeEnsembleModelParametersBasedOnRegressionTree trees || calibrator is not PlattCalibrator platt) return null;
        var ensemble = trees.TrainedTreeEnsemble;
        if (ensemble.Trees.Any(t => t.CategoricalSplitFlags.Any(f => f))) return null;
        return new BlockTreeScorer(ensemble, platt);
    }

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    private static Type? CalibratedBase(Type type)
    {
        for (var t = type; t is not null; t = t.BaseType)
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(CalibratedModelParametersBase<,>)) return t;
        return null;
    }

    /// <summary>The calibrated probability that a block with these features is body text.</summary>
    public float Probability(float[] features)
    {
        double sum = 0;
        for (int t = 0; t < _treeRoot.Length; t++)
        {
            int node = _treeRoot[t];
            while (node >= 0) node = features[_feature[node]] <= _threshold[node] ? _left[node] : _right[node];
            sum += _treeWeight[t] * _leaves[_leafStart[t] + ~node];
        }
        return _calibrator.PredictProbability((float)(sum + _bias));
    }
}
