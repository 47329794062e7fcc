using PressMine.Sink;
using PressMine.Extract;
using PressMine.Pipeline;
using PressMine.Places;

namespace PressMine.Tests.Safety;

/// <summary>
/// A run stopped after a given number of articles, as a kill would stop it, but deterministically: the place
/// resolver cancels the run once it has seen that many articles, so the staging directory keeps their checkpoint.
/// </summary>
public static class InterruptedRun
{
    public static void Run(RunOptions options, int articles)
    {
        using var cancel = new CancellationTokenSource();
        var resolver = new CancellingResolver(PlaceResolvers.Default(), articles, cancel);
        Assert.ThrowsAny<OperationCanceledException>(() =>
            new PipelineRunner(resolver, DuckDbTables.Instance).Run(options with { Parallelism = 1 }, cancel: cancel.Token));
    }

    /// <summary>Writes <paramref name="count"/> distinct report pages named <paramref name="prefix"/>N.txt into a new directory.</summary>
    public static string Pages(string root, string name, int count, string prefix = "p")
    {
        var dir = Path.Combine(root, name);
        Directory.CreateDirectory(dir);
        for (int i = 0; i < count; i++) WritePage(Path.Combine(dir, $"{prefix}{i}.txt"), $"{name}检查第{i}次", 10 + i);
        return dir;
    }

    public static void WritePage(string path, string title, int problems) =>
        File.WriteAllText(path, $"标题：{title}\n发布时间：2024-03-05\n县市场监管局开展检查，发现问题{problems}个，已整改到位{problems - 2}个。检查工作将持续推进，确保问题整改到位。\n" +
            "县市场监管局相关负责人表示，下一步将建立问题清单，逐项跟踪督办，对整改不到位的单位依法从严处理。\n");

    sealed class CancellingResolver(IPlaceResolver inner, int after, CancellationTokenSource cancel) : IPlaceResolver
    {
        int seen;

        public Division? ResolveArticleLocality(string? title, string body, string? site, string? source)
        {
            if (Interlocked.Increment(ref seen) >= after) cancel.Cancel();
            return inner.ResolveArticleLocality(title, body, site, source);
        }

        public Division? FindPlace(string clause, Division? articleLocality) => inner.FindPlace(clause, articleLocality);
    }
}
