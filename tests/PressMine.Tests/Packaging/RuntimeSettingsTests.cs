using System.Text.Json;

namespace PressMine.Tests.Packaging;

/// <summary>The CLI's runtime settings that the throughput figures depend on.</summary>
public class RuntimeSettingsTests
{
    [Fact]
    public void The_cli_runs_without_dynamic_pgo_so_hot_methods_are_not_compiled_a_third_time()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "pressmine.runtimeconfig.json");
        Assert.True(File.Exists(path), $"{path} is not next to the tests (the CLI is referenced, so it should be)");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var options = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.False(options.GetProperty("System.Runtime.TieredPGO").GetBoolean());
    }
}
