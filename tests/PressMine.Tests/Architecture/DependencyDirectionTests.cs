using System.Reflection;
using Xunit.Abstractions;

namespace PressMine.Tests.Architecture;

/// <summary>
/// Dependencies point one way: from the orchestration down the pipeline's stages to the records. Read from the
/// compiled IL (signatures and method bodies), so a fully qualified name or a lambda counts as much as a using.
/// </summary>
public class DependencyDirectionTests(ITestOutputHelper output)
{
    static readonly Assembly[] Libraries =
    [
        typeof(PressMine.Records.Article).Assembly,
        typeof(PressMine.Crawl.Crawler).Assembly,
        typeof(PressMine.Sink.DuckDbTables).Assembly,
        typeof(PressMine.Report.ReportBuilder).Assembly,
        typeof(PressMine.Evaluation.CorpusEvaluator).Assembly,
    ];

    /// <summary>Lowest first: a namespace may use only namespaces before it. PressMine itself is CorpusLocator.</summary>
    static readonly string[] Layers =
    [
        "PressMine", "PressMine.Records", "PressMine.Sources", "PressMine.Decode", "PressMine.Clean", "PressMine.Places",
        "PressMine.Dedup",
        "PressMine.Segment", "PressMine.Extract", "PressMine.Sink", "PressMine.Pipeline", "PressMine.Cluster",
        "PressMine.Crawl", "PressMine.Report", "PressMine.Evaluation",
    ];

    /// <summary>PressMine.Clean.Lexicon → PressMine.Clean: a stage with its sub-namespaces.</summary>
    static string Stage(string ns) => string.Join('.', ns.Split('.').Take(2));

    [Fact]
    public void No_cycle_between_stages()
    {
        var graph = NamespaceGraph.Build(Libraries, Stage);
        Assert.Empty(graph.Cycles().Select(c => string.Join(" ⇄ ", c)));
    }

    /// <summary>
    /// No namespace cycle is known: the place vocabulary (Division, the gazetteer, the resolver) lives in
    /// PressMine.Places below both Dedup and Extract, which use it. A cycle that must be kept is listed here with why.
    /// </summary>
    static readonly string[] KnownCyclesInsideAStage = [];

    [Fact]
    public void No_cycle_between_namespaces_but_the_known_ones_inside_a_stage()
    {
        var cycles = NamespaceGraph.Build(Libraries, ns => ns).Cycles();
        Assert.Empty(cycles.Where(c => c.Select(Stage).Distinct().Count() > 1).Select(c => string.Join(" ⇄ ", c)));
        Assert.Empty(cycles.Select(c => string.Join(" ⇄ ", c)).Except(KnownCyclesInsideAStage));
    }

    [Fact]
    public void Every_arrow_points_down_the_pipeline()
    {
        var graph = NamespaceGraph.Build(Libraries, Stage);
        Assert.Equal(Layers.Order(), graph.Edges.Keys.Where(k => Layers.Contains(k)).Order()); // every stage was seen
        Assert.Empty(graph.Edges.Keys.Except(Layers)); // a new stage must be given its place in Layers
        var backward = graph.Edges
            .SelectMany(e => e.Value.Select(to => (From: e.Key, To: to)))
            .Where(e => Array.IndexOf(Layers, e.To) >= Array.IndexOf(Layers, e.From))
            .Select(e => graph.Witness[$"{e.From} -> {e.To}"]);
        Assert.Empty(backward);
        foreach (var (from, to) in graph.Edges.OrderBy(e => e.Key)) output.WriteLine($"{from} -> {string.Join(", ", to)}");
    }

    [Fact]
    public void The_cycle_finder_finds_a_cycle()
    {
        var edges = new Dictionary<string, SortedSet<string>>
        {
            ["Sink"] = ["Pipeline", "Records"], ["Pipeline"] = ["Sink"], ["Records"] = [],
        };
        Assert.Equal([["Pipeline", "Sink"]], new NamespaceGraph(edges).Cycles());
    }

    [Fact]
    public void The_reader_sees_a_use_inside_a_method_body_and_a_lambda()
    {
        var used = TypeReferences.Of(typeof(BodyOnlyUse)).Concat(typeof(BodyOnlyUse).GetNestedTypes(BindingFlags.NonPublic).SelectMany(TypeReferences.Of));
        Assert.Contains(typeof(PressMine.Dedup.MinHasher), used);
        Assert.Contains(typeof(PressMine.Decode.CharsetLabels), used);
    }

    [Theory]
    [InlineData("DuckDB")]
    [InlineData("Plotly")]
    [InlineData("FSharp")]
    [InlineData("SmartReader")]
    public void Core_and_Crawl_reference_no_heavy_library(string prefix)
    {
        foreach (var assembly in new[] { typeof(PressMine.Records.Article).Assembly, typeof(PressMine.Crawl.Crawler).Assembly })
            Assert.DoesNotContain(assembly.GetReferencedAssemblies(), a => a.Name!.StartsWith(prefix, StringComparison.Ordinal));
    }

    static class BodyOnlyUse
    {
        public static object Make() => new PressMine.Dedup.MinHasher();
        public static Func<string, object?> Later() => label => PressMine.Decode.CharsetLabels.Canonical(label);
    }
}
