using Xunit.Abstractions;

namespace PressMine.Fuzz;

/// <summary>
/// Each target for a fixed number of cases (CI), or for PRESSMINE_FUZZ_SECONDS each; and every kept crasher replayed.
/// Run one target longer: PRESSMINE_FUZZ_SECONDS=600 dotnet test tests/PressMine.Fuzz -c Release --filter "DisplayName~warc".
/// </summary>
[Trait("Category", "Fuzz")]
public class FuzzTests(ITestOutputHelper output)
{
    public static TheoryData<string> TargetNames() => [.. Targets.All.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(TargetNames))]
    public void Target_holds_its_properties(string target)
    {
        var t = Targets.All.Single(x => x.Name == target);
        FuzzRunner.Run(t.Name, t.Inputs, t.Property, t.CiIterations, output);
    }

    /// <summary>crashers/&lt;target&gt;/*.bin: inputs that once broke a target, kept as regression cases.</summary>
    public static TheoryData<string, string> Crashers()
    {
        var data = new TheoryData<string, string>();
        foreach (var dir in Directory.GetDirectories(FuzzPaths.Crashers).Order(StringComparer.Ordinal))
            foreach (var file in Directory.GetFiles(dir, "*.bin").Order(StringComparer.Ordinal))
                data.Add(Path.GetFileName(dir), Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Crashers))]
    public void Kept_crasher_no_longer_breaks_its_target(string target, string file)
    {
        var t = Targets.All.Single(x => x.Name == target);
        t.Property(File.ReadAllBytes(Path.Combine(FuzzPaths.Crashers, target, file)));
    }

    [Fact]
    public void Every_target_has_a_name_the_crasher_folders_can_use() =>
        Assert.All(Directory.GetDirectories(FuzzPaths.Crashers), d => Assert.Contains(Targets.All, t => t.Name == Path.GetFileName(d)));
}
