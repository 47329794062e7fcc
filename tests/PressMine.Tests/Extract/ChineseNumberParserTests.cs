using PressMine.Extract;

namespace PressMine.Tests.Extract;

public sealed class ChineseNumberParserTests
{
    [Theory]
    [InlineData("124", 124)]
    [InlineData("1,234", 1234)]
    [InlineData("152.5", 152.5)]
    [InlineData("１２３", 123)]
    [InlineData("九", 9)]
    [InlineData("两", 2)]
    [InlineData("十", 10)]
    [InlineData("二十三", 23)]
    [InlineData("一百零五", 105)]
    [InlineData("三千五百", 3500)]
    [InlineData("2.3万", 23000)]
    [InlineData("三万五千", 35000)]
    [InlineData("二〇二〇", 2020)]
    [InlineData("三亿五千万", 350_000_000)] // found by the fuzzer: 万 after 亿 multiplied the 亿 part again
    [InlineData("八千三百二十二亿六千三百三十五万八千六百九十二", 832_263_358_692)]
    [InlineData("一万亿", 1_000_000_000_000)]
    [InlineData("一亿零一", 100_000_001)]
    public void ConvertsNumerals(string text, double expected) => Assert.Equal(expected, ChineseNumberParser.ParseValue(text));

    [Theory]
    [InlineData("十余个", 10)]
    [InlineData("200余个", 200)]
    [InlineData("40多件", 40)]
    [InlineData("近30家", 30)]
    [InlineData("约50人", 50)]
    [InlineData("超过100处", 100)]
    [InlineData("逾500人", 500)]
    [InlineData("1800余万件", 18000000)] // the marker between the digits and their scale
    [InlineData("万余家", 10000)] // a bare scale
    [InlineData("千余人", 1000)]
    [InlineData("近万名", 10000)]
    public void MarksApproximations(string text, double expected)
    {
        var token = Assert.Single(ChineseNumberParser.FindAll(text));
        Assert.Equal(expected, token.Value);
        Assert.True(token.Approx);
    }

    [Fact]
    public void ExactNumberIsNotApproximate() => Assert.False(Assert.Single(ChineseNumberParser.FindAll("发现问题124个")).Approx);

    [Fact]
    public void ReadsPercentages()
    {
        var token = Assert.Single(ChineseNumberParser.FindAll("整改率达96.3%"));
        Assert.Equal(96.3, token.Value);
        Assert.True(token.IsPercent);
        Assert.Equal("96.3%", "整改率达96.3%"[token.Start..token.End]);
    }

    [Theory]
    [InlineData("三五个")]
    [InlineData("两三个")]
    [InlineData("10-20个")]
    [InlineData("10至20家")]
    [InlineData("几十个")]
    [InlineData("数十家")]
    [InlineData("十几处")]
    [InlineData("0818-2379260")]
    [InlineData("171964650@qq.com")]
    [InlineData("版本0.58.1发布")]  // found by the fuzzer: a second dot made double.Parse throw
    [InlineData("服务器192.168.1.1")]
    public void RangesVagueQuantitiesAndCodesGiveNoNumber(string text) =>
        Assert.All(ChineseNumberParser.FindAll(text), t => Assert.Null(t.Value));

    [Fact]
    public void VagueWordsWithoutDigitsGiveNoToken()
    {
        Assert.Empty(ChineseNumberParser.FindAll("多处"));
        Assert.Empty(ChineseNumberParser.FindAll("数个"));
        Assert.Empty(ChineseNumberParser.FindAll("千方百计为万家服务")); // a bare scale in words
    }

    [Fact]
    public void FindsEveryNumberWithOffsets()
    {
        const string text = "12月9日170个重点点位";
        var tokens = ChineseNumberParser.FindAll(text);
        Assert.Equal([12d, 9d, 170d], tokens.Select(t => t.Value!.Value));
        Assert.Equal("170", text[tokens[2].NumeralStart..tokens[2].End]);
    }
}
