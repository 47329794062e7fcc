using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PressMine.Extract;
using PressMine.Places;
using PressMine.Extract.Topic;

namespace PressMine.Bench;

/// <summary>
/// The Extract stage on one core over the corpus' article bodies (corpus/expected/*.json, status ok), cycled to
/// <see cref="Articles"/> per invocation: the reported mean is the time per article, so articles/s per core = 1 s / mean.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class ExtractBenchmarks
{
    const int Articles = 1000;

    sealed record Input(string Id, string? Title, string Body, string? PublishedAt, string? Source);

    Input[] inputs = [];
    FactExtractor factsOnly = null!;
    FactExtractor withPlaces = null!;
    TopicModel? topic;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = PressMine.CorpusLocator.FindCorpusDirectory() ?? throw new DirectoryNotFoundException("corpus/ not found");
        inputs = Directory.EnumerateFiles(Path.Combine(corpus, "expected"), "*.json").Order(StringComparer.Ordinal)
            .Select(Read).OfType<Input>().ToArray();
        factsOnly = new FactExtractor(null);
        withPlaces = new FactExtractor(GazetteerPlaceResolver.CreateDefault());
        topic = TopicModel.LoadDefault();
        // Warm lazy tables (gazetteer, segmenter, model) outside the measurement.
        foreach (var input in inputs) Run(withPlaces, input);
        if (topic is not null) topic.Predict(inputs[0].Title, inputs[0].Body);
        Console.WriteLine($"// {inputs.Length} corpus articles, {inputs.Sum(i => i.Body.Length)} body chars");
    }

    static Input? Read(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var root = doc.RootElement;
        if (root.GetProperty("status").GetString() != "ok" || !root.TryGetProperty("body", out var body) || body.ValueKind != JsonValueKind.Array) return null;
        string? Str(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        return new Input(Path.GetFileNameWithoutExtension(path), Str("title"), string.Join('\n', body.EnumerateArray().Select(p => p.GetString())),
            Str("published_at"), Str("source"));
    }

    static int Run(FactExtractor extractor, Input input) =>
        extractor.Extract(input.Id, input.Title, input.Body, input.PublishedAt, null, input.Source).Facts.Count;

    [Benchmark(OperationsPerInvoke = Articles)]
    public int FactsOnly()
    {
        int facts = 0;
        for (int i = 0; i < Articles; i++) facts += Run(factsOnly, inputs[i % inputs.Length]);
        return facts;
    }

    [Benchmark(OperationsPerInvoke = Articles, Baseline = true)]
    public int FactsAndPlaces()
    {
        int facts = 0;
        for (int i = 0; i < Articles; i++) facts += Run(withPlaces, inputs[i % inputs.Length]);
        return facts;
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public double FactsPlacesAndTopic()
    {
        double sum = 0;
        for (int i = 0; i < Articles; i++)
        {
            var input = inputs[i % inputs.Length];
            sum += Run(withPlaces, input);
            if (topic is not null) sum += topic.Predict(input.Title, input.Body).Score;
        }
        return sum;
    }
}
