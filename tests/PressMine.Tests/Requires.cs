namespace PressMine.Tests;

/// <summary>
/// Inputs a test needs but the repository does not hold (the shared seeds and dev pages beside the checkout, a
/// browser, Python's jieba). Absent, the test is reported as skipped; when the variable named for that input is
/// "1" (CI sets them for what it installs), absence fails the test instead, so CI cannot pass on skipped tests.
/// </summary>
public static class Requires
{
    public const string SharedVariable = "PRESSMINE_REQUIRE_SHARED";
    public const string BrowserVariable = "PRESSMINE_REQUIRE_BROWSER";

    /// <summary>../shared/seeds, or skip / fail.</summary>
    public static string Seeds() => Present(TestPaths.Seeds, "../shared/seeds", SharedVariable);

    /// <summary>../shared/devpages, or skip / fail.</summary>
    public static string DevPages() => Present(TestPaths.DevPages, "../shared/devpages", SharedVariable);

    /// <summary>The seed page whose name starts with <paramref name="prefix"/>, or skip / fail.</summary>
    public static string Seed(string prefix) => Present(TestPaths.Seed(prefix), $"../shared/seeds/{prefix}_*.txt", SharedVariable);

    /// <summary>Skips (or fails, when <paramref name="variable"/> is "1") unless <paramref name="value"/> is present.</summary>
    public static T Present<T>(T? value, string what, string? variable) where T : class
    {
        if (value is not null) return value;
        if (variable is not null && Environment.GetEnvironmentVariable(variable) == "1")
            Assert.Fail($"{what} is required here ({variable}=1) but absent");
        Skip.If(true, $"{what} is absent on this machine");
        return value!;
    }
}
