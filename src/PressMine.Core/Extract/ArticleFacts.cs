using PressMine.Records;
using PressMine.Places;

namespace PressMine.Extract;

/// <summary>What the Extract stage reads off one article.</summary>
public sealed record ArticleFacts(IReadOnlyList<Fact> Facts, Division? Locality);
