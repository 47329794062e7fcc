using PressMine.Places;
using Xunit.Abstractions;

namespace PressMine.Tests.Places;

/// <summary>The article locality of the real seed pages (../shared/seeds), reported as skipped when they are absent.</summary>
public class SeedLocalityTests(ITestOutputHelper output)
{
    [SkippableTheory]
    [InlineData("000_", "中国宁波网", "330200")]
    [InlineData("001_", "中国宁波网", "330211")]
    [InlineData("002_", "潍坊日报", "370782")]
    [InlineData("003_", "达州日报网", "511781")]
    public void Seed_locality(string prefix, string source, string expectedCode)
    {
        var file = Requires.Seed(prefix);

        var locality = GazetteerPlaceResolver.CreateDefault().ResolveArticleLocality(null, File.ReadAllText(file), null, source);
        output.WriteLine($"{Path.GetFileName(file)} → {locality?.FullName} {locality?.Code}");
        Assert.Equal(expectedCode, locality?.Code);
    }
}
