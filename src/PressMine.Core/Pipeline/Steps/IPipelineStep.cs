namespace PressMine.Pipeline;

/// <summary>
/// One per-page step of the pipeline. Called for documents that are still <see cref="DocumentStatus.Ok"/>, from many
/// threads at once: a step holds no per-document state. Returns the document with what the step adds, or dropped.
/// </summary>
public interface IPipelineStep
{
    /// <summary>A short stable name (decode, clean, extract …), used in stats, reasons and the manifest.</summary>
    string Name { get; }

    /// <summary>The options the step was built with, as the manifest records them so a run can be repeated.</summary>
    IReadOnlyDictionary<string, string> Options { get; }

    /// <summary>The document with what this step adds, or <see cref="Document.Drop"/>ped with a reason. An exception
    /// drops the page with its message; it does not end the run.</summary>
    Document Process(Document document);
}
