namespace PressMine.Records;

/// <summary>A per-page step by name and options, as the manifest records it so a run can be repeated.</summary>
public sealed record StepDescription(string Name, IReadOnlyDictionary<string, string> Options);

/// <summary>What one step did in a run: documents in, documents dropped (by reason), time spent.</summary>
public sealed record StepReport(string Step, long Documents, long Dropped, IReadOnlyDictionary<string, long> DroppedByReason, double Seconds);
