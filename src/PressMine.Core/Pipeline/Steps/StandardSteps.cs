using PressMine.Clean;
using PressMine.Extract;
using PressMine.Extract.Topic;
using PressMine.Segment;
using PressMine.Places;

namespace PressMine.Pipeline;

/// <summary>What the standard per-page steps are built with.</summary>
public sealed record StandardStepOptions
{
    /// <summary>The Clean stage's settings (page budget, publish-date search, article gate).</summary>
    public CleanOptions Clean { get; init; } = CleanOptions.Default;
    /// <summary>Segment the body for the tokens table.</summary>
    public bool Tokens { get; init; }
    /// <summary>The jieba user dictionary; null: the bundled one.</summary>
    public string? UserDictionary { get; init; }
    /// <summary>Label each article's topic with the bundled model (when the build carries one).</summary>
    public bool Topic { get; init; } = true;
}

/// <summary>
/// The per-page steps `run`, `merge` inputs, `evaluate` and the bench share: decode → clean → extract → topic →
/// segment (tokens only on request). Each is also a property, for a user composing a pipeline of their own.
/// </summary>
public sealed record StandardSteps(DecodeStep Decode, CleanStep Clean, ExtractStep Extract, TopicStep? Topic, SegmentStep? Segment)
{
    /// <summary>The steps as `run` builds them; the topic model and jieba's dictionary are loaded here, once.</summary>
    /// <param name="options">Which optional steps and settings (topic, tokens, user dictionary, clean options).</param>
    /// <param name="places">The gazetteer the extractor resolves places with; null: no places.</param>
    public static StandardSteps Create(StandardStepOptions options, IPlaceResolver? places)
    {
        // jieba's dictionary is process-wide and the topic model cuts with it: choose it before the model loads.
        var segmenter = ChineseSegmenter.Shared(options.UserDictionary);
        var topicModel = options.Topic ? TopicModel.LoadDefault() : null;
        return new StandardSteps(new DecodeStep(), new CleanStep(options.Clean), new ExtractStep(places),
            topicModel is null ? null : new TopicStep(topicModel),
            options.Tokens ? new SegmentStep(segmenter, options.UserDictionary) : null);
    }

    /// <summary>The steps in the order they run.</summary>
    public IReadOnlyList<IPipelineStep> All =>
        new IPipelineStep?[] { Decode, Clean, Extract, Topic, Segment }.OfType<IPipelineStep>().ToList();
}
