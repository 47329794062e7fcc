using System.Collections.Concurrent;
using System.Diagnostics;
using PressMine.Records;

namespace PressMine.Pipeline;

/// <summary>Thread-safe counters of one step. Reasons are grouped by their text; past a cap the rest count as "other".</summary>
sealed class StepStats(string step, int maxReasons = 32)
{
    const string OtherReasons = "(other reasons)";
    long documents, dropped, ticks;
    readonly ConcurrentDictionary<string, long> byReason = new(StringComparer.Ordinal);

    public string Step { get; } = step;

    public void Record(Document after, long elapsedTicks)
    {
        Interlocked.Increment(ref documents);
        Interlocked.Add(ref ticks, elapsedTicks);
        if (after.IsOk) return;
        Interlocked.Increment(ref dropped);
        var key = byReason.Count < maxReasons || byReason.ContainsKey(after.Reason ?? "") ? after.Reason ?? "" : OtherReasons;
        byReason.AddOrUpdate(key, 1, (_, n) => n + 1);
    }

    public StepReport Report() => new(Step, Interlocked.Read(ref documents), Interlocked.Read(ref dropped),
        new SortedDictionary<string, long>(byReason, StringComparer.Ordinal),
        Math.Round((double)Interlocked.Read(ref ticks) / Stopwatch.Frequency, 3));
}
