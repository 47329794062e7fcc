using PressMine.Extract;

namespace PressMine.Tests.Extract;

/// <summary>
/// Periods of real reports (issue 15: since right on 0 of 27 at first): a year's end as the start (从2015年底到现在),
/// a year standing after its subject (部门2022年处置…), 自今年6月起…以来. Sentences written here.
/// </summary>
public sealed class PeriodPhraseTests
{
    [Theory]
    [InlineData("从2015年底到现在，督察已完成两轮", "2022-10-21", "2022-10-21", "2015-12-31")]
    [InlineData("自2019年初至今，共检查企业30家", "2022-10-21", "2022-10-21", "2019-01-01")]
    [InlineData("某部门2022年处置不良信息1200余万条", "2023-02-13", "2022-12-31", "2022-01-01")]
    [InlineData("多个部门自今年6月起联合开展专项行动以来已取缔34家", "2023-08-19", null, "2023-06-01")]
    [InlineData("2022年1月至11月，专项行动共追回外逃人员80人", "2023-01-07", "2022-11-30", "2022-01-01")]
    public void Reads_the_period(string text, string published, string? asOf, string? since)
    {
        var scope = new DateResolver(DateOnly.Parse(published)).Scope(text);
        Assert.Equal(asOf, scope.AsOfIso);
        Assert.Equal(since, scope.SinceIso);
    }

    [Theory]
    [InlineData("到2025年，全市将检查企业100家")]
    [InlineData("计划于2025年前完成整改")]
    [InlineData("根据国务院2023年度考核巡查安排，检查企业30家")] // a year naming an assessment
    [InlineData("3月至4月，检查组将赴甲、乙等5省开展检查")] // a span not over when published: a plan
    public void A_target_year_is_no_period(string text)
    {
        var scope = new DateResolver(new DateOnly(2023, 2, 13)).Scope(text);
        Assert.Null(scope.SinceIso);
        Assert.Null(scope.AsOfIso);
    }
}
