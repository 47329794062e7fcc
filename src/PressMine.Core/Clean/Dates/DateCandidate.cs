namespace PressMine.Clean;

/// <summary>Where a publish time was found: the values of the <c>published_at_basis</c> column.</summary>
internal static class DateBasis
{
    public const string Meta = "meta";
    public const string JsonLd = "json-ld";
    public const string Url = "url";
    public const string Byline = "byline";
    public const string Script = "script";
}

/// <summary>
/// One place on a page that states a publish time. <see cref="Strength"/> is how much the place is trusted;
/// <see cref="Distance"/> how far a byline stands from the headline (0 for machine-readable places). A confirming
/// candidate (an update stamp, a byline without a year) only supports a day another candidate names.
/// </summary>
internal sealed record DateCandidate(string Value, string Basis, double Strength, int Distance = 0, bool ConfirmsOnly = false)
{
    public string Day => Value[..10];
    public bool HasTime => Value.Length > 10;
}

/// <summary>A byline date without a year ("发布时间：10-08 12:00"): it can only confirm a dated candidate of that month and day.</summary>
internal sealed record YearlessDate(int Month, int Day, int? Hour, int? Minute)
{
    public bool Matches(string iso)
        => iso.Length >= 10 && int.Parse(iso[5..7]) == Month && int.Parse(iso[8..10]) == Day
           && (Hour is null || iso.Length < 16 || int.Parse(iso[11..13]) == Hour && int.Parse(iso[14..16]) == Minute);
}
