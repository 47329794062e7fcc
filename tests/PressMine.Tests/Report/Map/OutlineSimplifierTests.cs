using PressMine.Report.Map;

namespace PressMine.Tests.Report.Map;

public class OutlineSimplifierTests
{
    static readonly OutlineSimplifier Simplifier = new(new SimplifyOptions(ToleranceDegrees: 0.02, Decimals: 2));

    /// <summary>A square of <paramref name="side"/> degrees with many points on each edge, anticlockwise.</summary>
    static List<GeoPoint> Square(double lon, double lat, double side, int perEdge = 50)
    {
        var ring = new List<GeoPoint>();
        for (int i = 0; i < perEdge; i++) ring.Add(new(lon + side * i / perEdge, lat));
        for (int i = 0; i < perEdge; i++) ring.Add(new(lon + side, lat + side * i / perEdge));
        for (int i = 0; i < perEdge; i++) ring.Add(new(lon + side - side * i / perEdge, lat + side));
        for (int i = 0; i < perEdge; i++) ring.Add(new(lon, lat + side - side * i / perEdge));
        ring.Add(ring[0]);
        return ring;
    }

    static DivisionOutline Outline(params List<GeoPoint>[] rings) => new("330000", "浙江", new GeoPoint(120.123456, 29.987654), [rings]);

    [Fact]
    public void Points_on_straight_edges_are_dropped_and_the_ring_stays_closed()
    {
        var ring = Simplifier.Simplify(Outline(Square(120, 30, 1))).Polygons[0][0];
        Assert.Equal(5, ring.Count); // four corners + the first again
        Assert.Equal(ring[0], ring[^1]);
        Assert.Equal(new GeoPoint(120.12, 29.99), Simplifier.Simplify(Outline(Square(120, 30, 1))).Center);
    }

    [Fact]
    public void The_largest_ring_is_the_outer_one_wound_clockwise_and_holes_run_anticlockwise()
    {
        var hole = Square(120.3, 30.3, 0.3);
        hole.Reverse(); // clockwise in the input
        var polygon = Simplifier.Simplify(Outline(hole, Square(120, 30, 1))).Polygons[0]; // the hole listed first, as in some ECharts files
        Assert.Equal(2, polygon.Count);
        Assert.True(OutlineSimplifier.SignedArea(polygon[0]) < 0, "outer ring clockwise");
        Assert.Equal(1.0, Math.Abs(OutlineSimplifier.SignedArea(polygon[0])), 3);
        Assert.True(OutlineSimplifier.SignedArea(polygon[1]) > 0, "hole anticlockwise");
    }

    [Fact]
    public void A_hole_smaller_than_the_rounding_is_dropped_but_a_tiny_island_keeps_its_outline()
    {
        var tinyHole = Square(120.5, 30.5, 0.001, perEdge: 2);
        var polygon = Simplifier.Simplify(Outline(Square(120, 30, 1), tinyHole)).Polygons[0];
        Assert.Single(polygon);
        var island = Simplifier.Simplify(Outline(Square(121, 28, 0.03, perEdge: 3))).Polygons;
        Assert.Single(island); // below the tolerance, still drawn: its rounded corners
        Assert.True(island[0][0].Count >= 4);
    }

    [Fact]
    public void A_long_ring_is_simplified_without_recursion()
    {
        var zigzag = Enumerable.Range(0, 200_000).Select(i => new GeoPoint(100 + i * 1e-4, 30 + (i % 2) * 0.05)).ToList();
        zigzag.Add(new GeoPoint(100, 35));
        zigzag.Add(zigzag[0]);
        var ring = Simplifier.Simplify(Outline(zigzag)).Polygons[0][0];
        Assert.True(ring.Count > 1000); // every tooth exceeds the tolerance
    }
}
