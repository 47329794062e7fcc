using PressMine.Sink;
using PressMine.Extract;
using PressMine.Pipeline;
using PressMine.Places;

namespace PressMine.Tests.Dataset;

/// <summary>The bundled corpus run once through `run` (as the CLI runs it: input corpus/pages), shared by a test class.</summary>
public sealed class CorpusRun
{
    public string Dir { get; } = Path.Combine(TestPaths.NewTempDir(), "out");

    public CorpusRun() =>
        new PipelineRunner(PlaceResolvers.Default(), DuckDbTables.Instance).Run(new RunOptions { Inputs = [Path.Combine(TestPaths.Corpus, "pages")], OutDir = Dir });
}
