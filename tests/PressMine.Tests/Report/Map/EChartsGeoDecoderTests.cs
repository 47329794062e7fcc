using System.Text;
using PressMine.Report.Map;

namespace PressMine.Tests.Report.Map;

public class EChartsGeoDecoderTests
{
    /// <summary>The encoding as the format describes it, written from scratch for the test: zigzag steps + 64.</summary>
    static (string Ring, int X, int Y) Encode(IReadOnlyList<(int X, int Y)> units)
    {
        var sb = new StringBuilder("@@");
        int px = units[0].X, py = units[0].Y;
        foreach (var (x, y) in units)
        {
            sb.Append((char)(Zig(x - px) + 64)).Append((char)(Zig(y - py) + 64));
            (px, py) = (x, y);
        }
        return (sb.ToString(), units[0].X, units[0].Y);
    }

    static int Zig(int n) => n >= 0 ? 2 * n : -2 * n - 1;

    [Fact]
    public void A_ring_decodes_to_the_points_it_was_made_from()
    {
        var random = new Random(16);
        for (int trial = 0; trial < 50; trial++)
        {
            var units = new List<(int, int)> { (random.Next(70_000, 140_000), random.Next(3_000, 55_000)) };
            for (int i = 0; i < 40; i++) units.Add((units[^1].Item1 + random.Next(-400, 400), units[^1].Item2 + random.Next(-400, 400)));
            var (ring, x, y) = Encode(units);
            var points = EChartsGeoDecoder.DecodeRing(ring, x, y);
            // "@@" itself decodes as a zero step, i.e. the start point once more: skipped, so one point per pair.
            Assert.Equal(units.Select(u => new GeoPoint(u.Item1 / 1024.0, u.Item2 / 1024.0)), points);
        }
    }

    [Fact]
    public void A_ring_with_a_dangling_character_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => EChartsGeoDecoder.DecodeRing("@@ABC", 0, 0));
    }

    [Fact]
    public void Polygons_and_multipolygons_of_a_collection_are_read_with_their_offsets()
    {
        var (a, ax, ay) = Encode([(122880, 30720), (123904, 30720), (123904, 31744), (122880, 30720)]); // 120,30 → 121,30 → 121,31
        var (b, bx, by) = Encode([(10240, 10240), (11264, 10240), (10240, 10240)]);
        var json = $$$"""
            {"UTF8Encoding":true,"type":"FeatureCollection","features":[
             {"id":"330200","type":"Feature","properties":{"name":"宁波","cp":[121.5,29.9]},"geometry":{"type":"Polygon","coordinates":["{{{a}}}"],"encodeOffsets":[[{{{ax}}},{{{ay}}}]]}},
             {"type":"Feature","properties":{"id":"710000","name":"台湾"},"geometry":{"type":"MultiPolygon","coordinates":[["{{{a}}}"],["{{{b}}}"]],"encodeOffsets":[[[{{{ax}}},{{{ay}}}]],[[{{{bx}}},{{{by}}}]]]}}]}
            """;
        var outlines = EChartsGeoDecoder.Decode(json);
        Assert.Equal(["330200", "710000"], outlines.Select(o => o.Code));
        Assert.Equal("宁波", outlines[0].Name);
        Assert.Equal(new GeoPoint(121.5, 29.9), outlines[0].Center);
        Assert.Equal(new GeoPoint(121, 31), outlines[0].Polygons[0][0][2]);
        Assert.Equal(2, outlines[1].Polygons.Count);
        Assert.Equal(new GeoPoint(11, 10), outlines[1].Polygons[1][0][1]);
    }

    [Fact]
    public void Plain_geojson_written_by_the_report_reads_back_the_same()
    {
        var outline = new DivisionOutline("420100", "武汉", new GeoPoint(114.3, 30.58),
            [[[new(114, 30), new(115, 30), new(115, 31), new(114, 30)]]]);
        var back = EChartsGeoDecoder.Decode(OutlineGeoJson.Write([outline])).Single();
        Assert.Equal(outline.Code, back.Code);
        Assert.Equal(outline.Name, back.Name);
        Assert.Equal(outline.Center, back.Center);
        Assert.Equal(outline.Polygons[0][0], back.Polygons[0][0]);
    }
}
