namespace PressMine.Segment;

/// <summary>A word with its UTF-16 offsets [Start, End) into the text it was cut from.</summary>
public readonly record struct Token(string Text, int Start, int End);
