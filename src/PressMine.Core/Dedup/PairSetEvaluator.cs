using System.Text.Encodings.Web;
using System.Text.Json;
using PressMine.Records;

namespace PressMine.Dedup;

/// <summary>One side of a labelled pair: the article fields the dedup signature is built from.</summary>
public sealed record PairSide(string Title, string Body, string? Site, string? Source, string? PublishedAt);

/// <summary>One labelled pair: are these two bodies the same article?</summary>
public sealed record LabelledPair(string Id, string Kind, bool Duplicate, PairSide A, PairSide B);

/// <summary>Duplicate-decision scores on a pair set, with the pairs decided wrongly.</summary>
public sealed record PairScores(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives, IReadOnlyList<LabelledPair> Errors)
{
    /// <summary>Share of pairs judged duplicates that are; 1 when none were judged so.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    /// <summary>Share of labelled duplicates judged so; 1 when the set holds none.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
}

/// <summary>Scores the dedup decision (LSH band hit + containment + numbers + places) on a labelled pair set.</summary>
public sealed class PairSetEvaluator(IPlaceKey? places)
{
    /// <summary>How pair files are written and read: snake_case, CJK unescaped.</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    readonly MinHasher hasher = new();

    /// <summary>Reads a pair file, one JSON object per non-empty line.</summary>
    public static List<LabelledPair> Load(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<LabelledPair>(l, Json)!).ToList();

    /// <summary>Decides every pair with these parameters and counts the decisions against the labels.</summary>
    public PairScores Score(IReadOnlyList<LabelledPair> pairs, DedupParameters parameters)
    {
        var dedup = new Deduplicator(parameters);
        int tp = 0, fp = 0, fn = 0, tn = 0;
        var errors = new List<LabelledPair>();
        foreach (var pair in pairs)
        {
            bool decided = dedup.AreDuplicates(Signature(pair.Id + "/a", pair.A), Signature(pair.Id + "/b", pair.B));
            if (decided && pair.Duplicate) tp++;
            else if (decided) { fp++; errors.Add(pair); }
            else if (pair.Duplicate) { fn++; errors.Add(pair); }
            else tn++;
        }
        return new PairScores(tp, fp, fn, tn, errors);
    }

    DedupSignature Signature(string id, PairSide side) => DedupSignature.For(new Article
    {
        Id = id, SourcePath = id, Status = ArticleStatus.Ok, Title = side.Title, Body = side.Body,
        Site = side.Site, Source = side.Source, PublishedAt = side.PublishedAt,
    }, hasher, places);
}
