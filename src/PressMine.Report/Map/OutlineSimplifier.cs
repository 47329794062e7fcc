namespace PressMine.Report.Map;

/// <summary>Options of <see cref="OutlineSimplifier"/>: the Douglas–Peucker tolerance and the rounding, in degrees.</summary>
public sealed record SimplifyOptions(double ToleranceDegrees = 0.02, int Decimals = 2);

/// <summary>
/// Makes outlines small enough to inline in a report: Douglas–Peucker (iterative, so a long ring cannot exhaust
/// the stack), rounding, no repeated points, rings closed; rings that collapse below a triangle are dropped, but a polygon keeps
/// its outer ring. Outer rings are wound clockwise (x east, y north) and holes anticlockwise, the order the
/// browser's spherical renderer (d3-geo, inside plotly.js) reads as "this side is inside".
/// </summary>
public sealed class OutlineSimplifier(SimplifyOptions options)
{
    /// <summary>The outline simplified and rounded as the options say; code and name unchanged.</summary>
    public DivisionOutline Simplify(DivisionOutline outline) => outline with
    {
        Center = Round(outline.Center),
        Polygons = outline.Polygons.Select(SimplifyPolygon).Where(p => p.Count > 0).ToList(),
    };

    /// <summary>The largest ring is the outer one (the ECharts files do not always list it first), the rest holes.</summary>
    IReadOnlyList<IReadOnlyList<GeoPoint>> SimplifyPolygon(IReadOnlyList<IReadOnlyList<GeoPoint>> rings)
    {
        var bySize = rings.OrderByDescending(r => Math.Abs(SignedArea(r))).ToList();
        var result = new List<IReadOnlyList<GeoPoint>>();
        for (int i = 0; i < bySize.Count; i++)
        {
            bool outer = i == 0;
            var ring = SimplifyRing(bySize[i]);
            if (ring.Count < 4 && outer) ring = Closed(Deduplicate(bySize[i].Select(Round)));
            if (ring.Count < 4) { if (outer) return []; continue; }
            if (SignedArea(ring) > 0 == outer) ring.Reverse();
            result.Add(ring);
        }
        return result;
    }

    List<GeoPoint> SimplifyRing(IReadOnlyList<GeoPoint> ring)
    {
        if (ring.Count < 4) return Closed(Deduplicate(ring.Select(Round)));
        var keep = new bool[ring.Count];
        keep[0] = keep[^1] = true;
        var pending = new Stack<(int From, int To)>();
        pending.Push((0, ring.Count - 1));
        while (pending.Count > 0)
        {
            var (from, to) = pending.Pop();
            int farthest = -1;
            double max = options.ToleranceDegrees;
            for (int i = from + 1; i < to; i++)
            {
                double d = Distance(ring[i], ring[from], ring[to]);
                if (d > max) { max = d; farthest = i; }
            }
            if (farthest < 0) continue;
            keep[farthest] = true;
            pending.Push((from, farthest));
            pending.Push((farthest, to));
        }
        var kept = Enumerable.Range(0, ring.Count).Where(i => keep[i]).Select(i => Round(ring[i]));
        return Closed(Deduplicate(kept));
    }

    /// <summary>The ring with its first point repeated at the end (GeoJSON's form; d3-geo skips a ring's last point).</summary>
    static List<GeoPoint> Closed(IEnumerable<GeoPoint> points)
    {
        var ring = points.ToList();
        if (ring.Count > 1 && ring[0] == ring[^1]) ring.RemoveAt(ring.Count - 1);
        if (ring.Count < 3) return ring;
        ring.Add(ring[0]);
        return ring;
    }

    GeoPoint Round(GeoPoint p) => new(Math.Round(p.Lon, options.Decimals), Math.Round(p.Lat, options.Decimals));

    static IEnumerable<GeoPoint> Deduplicate(IEnumerable<GeoPoint> points)
    {
        GeoPoint? last = null;
        foreach (var p in points)
        {
            if (p != last) yield return p;
            last = p;
        }
    }

    /// <summary>Distance of <paramref name="p"/> from the segment a–b, in degrees (flat: fine at this tolerance).</summary>
    static double Distance(GeoPoint p, GeoPoint a, GeoPoint b)
    {
        double dx = b.Lon - a.Lon, dy = b.Lat - a.Lat, length2 = dx * dx + dy * dy;
        double t = length2 == 0 ? 0 : Math.Clamp(((p.Lon - a.Lon) * dx + (p.Lat - a.Lat) * dy) / length2, 0, 1);
        double ex = a.Lon + t * dx - p.Lon, ey = a.Lat + t * dy - p.Lat;
        return Math.Sqrt(ex * ex + ey * ey);
    }

    /// <summary>Shoelace area with x east and y north: positive when the ring runs anticlockwise.</summary>
    public static double SignedArea(IReadOnlyList<GeoPoint> ring)
    {
        double sum = 0;
        for (int i = 0; i < ring.Count; i++)
        {
            var a = ring[i];
            var b = ring[(i + 1) % ring.Count];
            sum += a.Lon * b.Lat - b.Lon * a.Lat;
        }
        return sum / 2;
    }
}
