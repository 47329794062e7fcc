namespace PressMine.Decode;

/// <summary>Text of a page after charset decoding, with the charset that was used and how it was chosen.</summary>
public sealed record DecodedPage(string Text, string Encoding, string DecidedBy);
