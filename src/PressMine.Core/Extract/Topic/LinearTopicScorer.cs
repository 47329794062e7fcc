using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace PressMine.Extract.Topic;

/// <summary>
/// The topic model's arithmetic, read out of the trained ML.NET pipeline once: word 1–2-gram counts over the
/// n-gram dictionary, L2-normalised, a dot product with the logistic regression's weights, Platt calibration. A page
/// then costs a few dictionary look-ups instead of a trip through a PredictionEngine's row cursors (its scores equal
/// the engine's within float rounding; a test holds the two to 1e-6 on the corpus' texts).
/// </summary>
sealed class LinearTopicScorer
{
    const char NgramSeparator = '|'; // how ML.NET names a bigram's slot: "first|second"

    readonly Dictionary<string, int> wordIds;
    readonly Dictionary<int, int> unigramSlots;
    readonly Dictionary<(int, int), int> bigramSlots;
    readonly float[] weights;
    readonly double bias, slope, offset;

    LinearTopicScorer(Dictionary<string, int> wordIds, Dictionary<int, int> unigramSlots, Dictionary<(int, int), int> bigramSlots,
        float[] weights, double bias, double slope, double offset) =>
        (this.wordIds, this.unigramSlots, this.bigramSlots, this.weights, this.bias, this.slope, this.offset) =
        (wordIds, unigramSlots, bigramSlots, weights, bias, slope, offset);

    /// <summary>The scorer of a fitted or loaded topic pipeline; null when the pipeline is not of the shape it reads
    /// (words → keys → 1–2-grams → L2 norm → calibrated linear model), so the caller keeps the engine.</summary>
    public static LinearTopicScorer? From(ITransformer model, IDataView emptyInput)
    {
        if (model is not TransformerChain<ITransformer> chain || chain.LastTransformer is not ISingleFeaturePredictionTransformer<object> predictor
            || predictor.Model is not CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator> calibrated)
            return null;
        var schema = model.Transform(emptyInput).Schema;
        if (schema.GetColumnOrNull("WordKeys") is not { } keysColumn || schema.GetColumnOrNull(predictor.FeatureColumnName) is not { } features)
            return null;
        var terms = default(VBuffer<ReadOnlyMemory<char>>);
        keysColumn.GetKeyValues(ref terms);
        var slotNames = default(VBuffer<ReadOnlyMemory<char>>);
        features.GetSlotNames(ref slotNames);

        var wordIds = new Dictionary<string, int>(StringComparer.Ordinal);
        int id = 0;
        foreach (var term in terms.DenseValues()) wordIds.TryAdd(term.ToString(), id++);
        var unigramSlots = new Dictionary<int, int>();
        var bigramSlots = new Dictionary<(int, int), int>();
        int slot = 0;
        foreach (var name in slotNames.DenseValues())
            if (!AddSlot(name.ToString(), slot++, wordIds, unigramSlots, bigramSlots)) return null;
        var weightBuffer = calibrated.SubModel.Weights;
        if (weightBuffer.Count != slot) return null;
        return new LinearTopicScorer(wordIds, unigramSlots, bigramSlots, [.. weightBuffer], calibrated.SubModel.Bias,
            calibrated.Calibrator.Slope, calibrated.Calibrator.Offset);
    }

    /// <summary>A slot named by a word or by two words joined with '|'. A word holding '|' is the one-character word
    /// "|" (jieba cuts the character alone), so a name splits at the '|' whose halves are both known words.</summary>
    static bool AddSlot(string name, int slot, Dictionary<string, int> wordIds, Dictionary<int, int> unigrams, Dictionary<(int, int), int> bigrams)
    {
        if (wordIds.TryGetValue(name, out int word)) { unigrams.TryAdd(word, slot); return true; }
        for (int at = name.IndexOf(NgramSeparator); at >= 0; at = name.IndexOf(NgramSeparator, at + 1))
            if (wordIds.TryGetValue(name[..at], out int first) && wordIds.TryGetValue(name[(at + 1)..], out int second))
            {
                bigrams.TryAdd((first, second), slot);
                return true;
            }
        return false;
    }

    /// <summary>The probability that the text of these words (title then body) is a supervision report, and the raw
    /// score (positive: supervision).</summary>
    public (double Probability, double Score) Score(IEnumerable<string> words)
    {
        var counts = new Dictionary<int, int>();
        int previous = -1;
        foreach (var word in words)
        {
            if (!wordIds.TryGetValue(word, out int id)) { previous = -1; continue; } // an unknown word ends a bigram run
            if (unigramSlots.TryGetValue(id, out int unigram)) counts[unigram] = counts.GetValueOrDefault(unigram) + 1;
            if (previous >= 0 && bigramSlots.TryGetValue((previous, id), out int bigram)) counts[bigram] = counts.GetValueOrDefault(bigram) + 1;
            previous = id;
        }
        double squares = 0, dot = 0;
        foreach (var (slot, count) in counts)
        {
            squares += (double)count * count;
            dot += weights[slot] * (double)count;
        }
        double score = bias + (squares > 0 ? dot / Math.Sqrt(squares) : 0);
        return (1 / (1 + Math.Exp(slope * score + offset)), score);
    }
}
