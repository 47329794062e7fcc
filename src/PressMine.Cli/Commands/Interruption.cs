using System.Runtime.InteropServices;

namespace PressMine.Cli.Commands;

/// <summary>
/// Ctrl-C (SIGINT) and SIGTERM cancel <see cref="Token"/> instead of killing the process, so the running command stops
/// at a safe point (checkpoint flushed, nothing half-published); Program then says so and exits with 130. A second
/// Ctrl-C ends the process at once.
/// </summary>
public static class Interruption
{
    public const int ExitCode = 130;
    public const string Message = "interrupted; rerun the same command to resume";

    static readonly CancellationTokenSource Source = new();
    // Kept referenced: a collected registration stops handling the signal.
    static PosixSignalRegistration? Terminate { get; set; }

    public static CancellationToken Token => Source.Token;
    public static bool Requested => Source.IsCancellationRequested;

    public static void Install()
    {
        Console.CancelKeyPress += (_, e) =>
        {
            if (Source.IsCancellationRequested) return; // the second one: let the runtime end the process
            e.Cancel = true;
            Source.Cancel();
        };
        Terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            Source.Cancel();
        });
    }

    /// <summary>True for the exception a cancelled command ends with (Parallel.ForEach may wrap it).</summary>
    public static bool IsCancellation(Exception e) =>
        e is OperationCanceledException || e is AggregateException a && a.Flatten().InnerExceptions.All(IsCancellation);
}
