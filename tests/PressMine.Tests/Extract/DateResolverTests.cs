using PressMine.Extract;

namespace PressMine.Tests.Extract;

public sealed class DateResolverTests
{
    private static readonly DateResolver Resolver = new(new DateOnly(2020, 2, 19)); // a Wednesday

    private static string Only(string text) => Assert.Single(Resolver.FindDates(text)).Date.ToString("yyyy-MM-dd");

    [Theory]
    [InlineData("2020-02-19", "2020-02-19")]
    [InlineData("2020/2/9", "2020-02-09")]
    [InlineData("2019年12月3日", "2019-12-03")]
    [InlineData("二〇二〇年二月十九日", "2020-02-19")]
    [InlineData("2月14日18时", "2020-02-14")]
    [InlineData("14日", "2020-02-14")]
    [InlineData("25日", "2020-01-25")]
    [InlineData("12月28日", "2019-12-28")]
    [InlineData("昨天", "2020-02-18")]
    [InlineData("前天", "2020-02-17")]
    [InlineData("今天", "2020-02-19")]
    [InlineData("上周五", "2020-02-14")]
    [InlineData("本月", "2020-02-01")]
    [InlineData("今年", "2020-01-01")]
    public void ResolvesAgainstThePublishDate(string text, string expected) => Assert.Equal(expected, Only(text));

    [Theory]
    [InlineData("截至2月14日18时,全覆盖52个乡镇", "2020-02-14", null)]
    [InlineData("截至目前,共发现问题12个", "2020-02-19", null)]
    [InlineData("截止昨天,已整改", "2020-02-18", null)]
    [InlineData("2月9日以来,督导组共发现问题40件", null, "2020-02-09")]
    [InlineData("自2月1日起,督导组每天下沉一线", null, "2020-02-01")]
    [InlineData("自1月27日开始,共检查企业30家", null, "2020-01-27")]
    [InlineData("今年以来,共立案5件", null, "2020-01-01")]
    [InlineData("自2月1日以来,截至2月18日,共发现问题9个", "2020-02-18", "2020-02-01")]
    [InlineData("2月15日14时,督导组来到小区", null, null)]
    public void ReadsAsOfAndSince(string text, string? asOf, string? since)
    {
        var scope = Resolver.Scope(text);
        Assert.Equal(asOf, scope.AsOfIso);
        Assert.Equal(since, scope.SinceIso);
    }

    [Fact]
    public void ParsesPublishTimes()
    {
        Assert.Equal(new DateOnly(2020, 2, 19), DateResolver.ParsePublishDate("2020-02-19T08:44:05+08:00"));
        Assert.Equal(new DateOnly(2021, 12, 16), DateResolver.ParsePublishDate("2021-12-16"));
        Assert.Null(DateResolver.ParsePublishDate("yesterday"));
    }

    [Fact]
    public void WithoutPublishDateOnlyFullDatesResolve()
    {
        var resolver = new DateResolver(null);
        Assert.Empty(resolver.FindDates("2月14日,昨天"));
        Assert.Single(resolver.FindDates("2020年2月14日"));
    }
}
