using System.Globalization;
using System.Text;

namespace PressMine.Report.Map;

/// <summary>
/// Writes outlines as plain GeoJSON (a FeatureCollection; each feature's id is its division code, properties
/// id/name/cp as in the ECharts files), the form the report inlines and <see cref="EChartsGeoDecoder"/> reads back.
/// </summary>
public static class OutlineGeoJson
{
    /// <summary>The outlines as one GeoJSON FeatureCollection string, in the order given.</summary>
    public static string Write(IEnumerable<DivisionOutline> outlines)
    {
        var sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        bool first = true;
        foreach (var o in outlines)
        {
            if (!first) sb.Append(',');
            first = false;
            sb.Append("\n{\"type\":\"Feature\",\"id\":").Append(Quote(o.Code)).Append(",\"properties\":{\"id\":").Append(Quote(o.Code))
                .Append(",\"name\":").Append(Quote(o.Name)).Append(",\"cp\":").Append(Point(o.Center)).Append("},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[");
            sb.AppendJoin(',', o.Polygons.Select(p => "[" + string.Join(',', p.Select(r => "[" + string.Join(',', r.Select(Point)) + "]")) + "]"));
            sb.Append("]}}");
        }
        return sb.Append("\n]}\n").ToString();
    }

    static string Point(GeoPoint p) => string.Create(CultureInfo.InvariantCulture, $"[{p.Lon},{p.Lat}]");

    static string Quote(string s) => System.Text.Json.JsonSerializer.Serialize(s);
}
