namespace PressMine.Report.Map;

/// <summary>A longitude/latitude pair in degrees (WGS-84 as the source draws it).</summary>
public readonly record struct GeoPoint(double Lon, double Lat);

/// <summary>
/// The outline of one administrative division: its code (GB/T 2260), its name as the map labels it, a label
/// point, and its polygons (each a list of rings: the outer ring first, holes after).
/// </summary>
public sealed record DivisionOutline(string Code, string Name, GeoPoint Center, IReadOnlyList<IReadOnlyList<IReadOnlyList<GeoPoint>>> Polygons);
