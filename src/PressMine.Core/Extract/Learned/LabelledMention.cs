namespace PressMine.Extract.Learned;

/// <summary>A count mention with its gold class, for training; <see cref="Group"/> names its story (folds never split one).</summary>
internal sealed record LabelledMention(string Group, IReadOnlyList<string> Tokens, string Label);
