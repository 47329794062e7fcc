using PressMine.Report.Map;

namespace PressMine.Bench;

/// <summary>
/// `map-outlines &lt;unpacked echarts@4 package&gt; [out dir]`: decodes map/json/china.json (provinces) and
/// china-cities.json (prefecture cities), simplifies them and writes corpus/geo/provinces.geojson and
/// cities.geojson, printing sizes and point counts (corpus/geo/README.md records how the shipped files were made).
/// </summary>
public static class MapOutlinesCommand
{
    public static int Run(string[] args)
    {
        if (args.Length < 1) { Console.Error.WriteLine("usage: map-outlines <echarts package dir> [out dir]"); return 2; }
        var json = Path.Combine(args[0], "map", "json");
        var outDir = args.Length > 1 ? args[1] : Path.Combine(CorpusLocator.FindCorpusDirectory() ?? ".", "geo");
        Directory.CreateDirectory(outDir);
        var simplifier = new OutlineSimplifier(new SimplifyOptions());
        foreach (var (source, target) in new[] { ("china.json", "provinces.geojson"), ("china-cities.json", "cities.geojson") })
        {
            var outlines = EChartsGeoDecoder.Decode(File.ReadAllText(Path.Combine(json, source)));
            var simplified = outlines.Select(simplifier.Simplify).Where(o => o.Polygons.Count > 0).OrderBy(o => o.Code, StringComparer.Ordinal).ToList();
            var path = Path.Combine(outDir, target);
            File.WriteAllText(path, OutlineGeoJson.Write(simplified));
            static long Points(IEnumerable<DivisionOutline> os) => os.Sum(o => o.Polygons.Sum(p => p.Sum(r => (long)r.Count)));
            Console.WriteLine($"{source}: {outlines.Count} divisions, {Points(outlines)} points → {target}: {simplified.Count} divisions, " +
                              $"{Points(simplified)} points, {new FileInfo(path).Length} bytes");
        }
        return 0;
    }
}
