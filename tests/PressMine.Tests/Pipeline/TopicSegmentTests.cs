using PressMine.Pipeline;
using PressMine.Places;
using PressMine.Segment;
using PressMine.Tests.Sources;

namespace PressMine.Tests.Pipeline;

public class TopicSegmentTests
{
    [Fact]
    public void With_topic_and_tokens_the_body_is_cut_once_and_the_tokens_are_the_bodys_own_cut()
    {
        var steps = StandardSteps.Create(new StandardStepOptions { Tokens = true }, PlaceResolvers.Default());
        Assert.NotNull(steps.Topic); // the shipped model is copied to bin/corpus/models
        var document = new StepList(steps.All).Run(TestPages.Html("a.html", DirectoryInputTests.Article));

        var body = document.Cleaned!.Body;
        Assert.Equal(body, document.BodyWords!.Text);
        var ownCut = string.Join(' ', ChineseSegmenter.Shared().Cut(body).Select(t => t.Text));
        Assert.Equal(ownCut, document.Tokens);
        Assert.Equal(ownCut, string.Join(' ', document.BodyWords.Words));
    }

    [Fact]
    public void The_segment_step_takes_the_words_the_topic_step_left_for_the_same_body_and_segmenter_only()
    {
        var segmenter = ChineseSegmenter.Shared();
        var cleaned = new StepList(StandardSteps.Create(new StandardStepOptions { Topic = false }, null).All)
            .Run(TestPages.Html("a.html", DirectoryInputTests.Article));
        var body = cleaned.Cleaned!.Body;
        var step = new SegmentStep(segmenter);

        // Words that are not the body's cut show which path was taken.
        var left = cleaned with { BodyWords = new SegmentedText(segmenter, body, ["甲", "乙"]) };
        Assert.Equal("甲 乙", step.Process(left).Tokens);
        var otherText = cleaned with { BodyWords = new SegmentedText(segmenter, body + "。", ["甲", "乙"]) };
        Assert.Equal(string.Join(' ', segmenter.Cut(body).Select(t => t.Text)), step.Process(otherText).Tokens);
    }
}
