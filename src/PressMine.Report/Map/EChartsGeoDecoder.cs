using System.Text.Json;

namespace PressMine.Report.Map;

/// <summary>
/// Reads the map files ECharts 4 ships (map/json/*.json): GeoJSON whose rings are strings when the collection says
/// "UTF8Encoding". A ring string starts with the marker "@@"; each following pair of characters is one point as
/// (x, y) steps from the previous point, each character's code minus 64 being a zigzag-coded integer (even n → n/2,
/// odd n → −(n+1)/2). The ring's first step starts from its entry in the geometry's "encodeOffsets"; integers are
/// 1/1024 of a degree. Plain (unencoded) GeoJSON coordinates are read as they are.
/// </summary>
public static class EChartsGeoDecoder
{
    const string RingMarker = "@@";
    const double UnitsPerDegree = 1024;

    /// <summary>The outlines of one ECharts map file (encoded or plain GeoJSON), in file order.</summary>
    public static IReadOnlyList<DivisionOutline> Decode(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        bool encoded = root.TryGetProperty("UTF8Encoding", out var flag) && flag.ValueKind == JsonValueKind.True;
        var outlines = new List<DivisionOutline>();
        foreach (var feature in root.GetProperty("features").EnumerateArray())
        {
            var properties = feature.GetProperty("properties");
            var code = (feature.TryGetProperty("id", out var id) ? id : properties.GetProperty("id")).ToString();
            var name = properties.GetProperty("name").GetString() ?? code;
            var geometry = feature.GetProperty("geometry");
            var polygons = ReadPolygons(geometry, encoded);
            var center = properties.TryGetProperty("cp", out var cp) ? new GeoPoint(cp[0].GetDouble(), cp[1].GetDouble()) : Centroid(polygons);
            outlines.Add(new DivisionOutline(code, name, center, polygons));
        }
        return outlines;
    }

    static List<IReadOnlyList<IReadOnlyList<GeoPoint>>> ReadPolygons(JsonElement geometry, bool encoded)
    {
        var type = geometry.GetProperty("type").GetString();
        var coordinates = geometry.GetProperty("coordinates");
        geometry.TryGetProperty("encodeOffsets", out var offsets);
        var polygons = new List<IReadOnlyList<IReadOnlyList<GeoPoint>>>();
        if (type == "Polygon") polygons.Add(ReadPolygon(coordinates, offsets, encoded));
        else if (type == "MultiPolygon")
        {
            int i = 0;
            foreach (var polygon in coordinates.EnumerateArray())
                polygons.Add(ReadPolygon(polygon, encoded ? offsets[i++] : default, encoded));
        }
        else throw new InvalidDataException($"unsupported geometry type {type}");
        return polygons;
    }

    static List<IReadOnlyList<GeoPoint>> ReadPolygon(JsonElement rings, JsonElement offsets, bool encoded)
    {
        var result = new List<IReadOnlyList<GeoPoint>>();
        int i = 0;
        foreach (var ring in rings.EnumerateArray())
        {
            if (encoded)
            {
                var start = offsets[i++];
                result.Add(DecodeRing(ring.GetString()!, start[0].GetInt32(), start[1].GetInt32()));
            }
            else result.Add(ring.EnumerateArray().Select(p => new GeoPoint(p[0].GetDouble(), p[1].GetDouble())).ToList());
        }
        return result;
    }

    /// <summary>One encoded ring, from its start offset (in 1/1024 degree).</summary>
    public static IReadOnlyList<GeoPoint> DecodeRing(string ring, int startX, int startY)
    {
        int from = ring.StartsWith(RingMarker, StringComparison.Ordinal) ? RingMarker.Length : 0;
        if ((ring.Length - from) % 2 != 0) throw new InvalidDataException("an encoded ring has an odd number of characters");
        var points = new List<GeoPoint>((ring.Length - from) / 2);
        int x = startX, y = startY;
        for (int i = from; i < ring.Length; i += 2)
        {
            x += Zigzag(ring[i] - 64);
            y += Zigzag(ring[i + 1] - 64);
            points.Add(new GeoPoint(x / UnitsPerDegree, y / UnitsPerDegree));
        }
        return points;
    }

    static int Zigzag(int n) => (n >> 1) ^ -(n & 1);

    static GeoPoint Centroid(IReadOnlyList<IReadOnlyList<IReadOnlyList<GeoPoint>>> polygons)
    {
        var points = polygons.SelectMany(p => p.Take(1)).SelectMany(r => r).ToList();
        return points.Count == 0 ? default : new GeoPoint(points.Average(p => p.Lon), points.Average(p => p.Lat));
    }
}
