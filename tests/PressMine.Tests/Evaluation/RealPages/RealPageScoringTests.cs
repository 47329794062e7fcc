using PressMine.Evaluation.RealPages;

namespace PressMine.Tests.Evaluation.RealPages;

public class RealPageScoringTests
{
    [Fact]
    public void Bigrams_count_cjk_only_and_each_gold_bigram_once()
    {
        // Gold 甲乙丙丁: bigrams 甲乙 乙丙 丙丁. Prediction adds Latin, spacing and punctuation, which are ignored,
        // and repeats 甲乙, which is matched once: 甲乙丙丁甲乙 gives 5 bigrams, 3 of them gold.
        var s = BigramOverlap.Score("甲乙 abc，丙丁 甲乙", "甲乙丙丁");
        Assert.Equal(3, s.Expected);
        Assert.Equal(5, s.Predicted);
        Assert.Equal(3, s.TruePositives);
        Assert.Equal(1.0, s.Recall);
    }

    [Fact]
    public void A_perfect_prediction_scores_one_and_an_empty_one_zero()
    {
        Assert.Equal(1.0, BigramOverlap.Score("今天下雨了。", "今天 下雨了").F1, 6);
        Assert.Equal(0.0, BigramOverlap.Score("", "今天下雨了").F1);
    }

    [Fact]
    public void Paragraph_hash_ignores_spacing_and_width()
        => Assert.Equal(PageRendering.Hash("１２３　今天 下雨"), PageRendering.Hash("123今天下雨"));
}
