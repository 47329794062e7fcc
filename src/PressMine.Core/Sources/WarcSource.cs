using PressMine.Records;

namespace PressMine.Sources;

/// <summary>
/// Pages from the response (and resource) records of one WARC file. Every damaged record gets a rejected row, two
/// records sharing a WARC-Record-ID get one row each, and a file that yields no page still gets one row saying why.
/// </summary>
/// <param name="path">The WARC file.</param>
/// <param name="limits">Bounds on records and work; null for <see cref="WarcLimits.Default"/>.</param>
/// <param name="gzip">Whether the file is gzip-compressed; null: by its name (.gz).</param>
public sealed class WarcSource(string path, WarcLimits? limits = null, bool? gzip = null) : IPageSource
{
    /// <summary>Pages in file order; reading a damaged file never throws, it yields rejected rows.</summary>
    public IEnumerable<RawPage> Read(CancellationToken cancel = default)
    {
        using var reader = new WarcReader(path, limits, gzip);
        var seenIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var otherTypes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int index = 0, yielded = 0;
        long lastOffset = 0;
        foreach (var record in reader.Records())
        {
            cancel.ThrowIfCancellationRequested();
            index++;
            lastOffset = record.Offset;
            if (record.Problem is null && record.Type is not ("response" or "resource"))
            {
                var type = record.Type.Length > 0 ? record.Type : "untyped";
                otherTypes[type] = otherTypes.GetValueOrDefault(type) + 1;
                continue;
            }
            var key = record.RecordId ?? $"record-{index}";
            int occurrence = seenIds[key] = seenIds.GetValueOrDefault(key) + 1;
            var identity = occurrence == 1 ? $"{path}#{key}" : $"{path}#{key}#{occurrence}";
            yielded++;
            yield return record.Problem is { } problem ? Rejected(identity, record.TargetUri, $"{problem} (record {index})") : ToPage(record, identity);
        }
        if (reader.Error is not null)
            yield return Rejected(yielded == 0 ? path : $"{path}#stopped-after-{lastOffset}", null,
                $"{reader.Error} (after record {index}{(yielded > 0 ? "; earlier records kept" : "")})");
        else if (yielded == 0)
            yield return Rejected(path, null, index == 0 ? "no response records (no WARC records at all)"
                : $"no response records ({string.Join(", ", otherTypes.Select(t => $"{t.Value} {t.Key}"))})");
    }

    static RawPage Rejected(string identity, string? url, string reason) =>
        new(RawPage.IdFor(identity), identity, identity, url, [], null, false, null, reason);

    static RawPage ToPage(WarcRecord record, string identity)
    {
        var url = record.TargetUri;
        DateTimeOffset? fetched = DateTimeOffset.TryParse(record.Header("WARC-Date"), out var d) ? d : null;
        bool isText = url?.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) == true;
        if (record.Type == "resource")
            return new RawPage(RawPage.IdFor(identity), identity, identity, url, record.Block, record.Header("Content-Type"), isText, fetched);
        try
        {
            var http = HttpMessage.Parse(record.Block);
            string? error = http.Status is >= 200 and < 300 ? null : $"HTTP status {http.Status}";
            return new RawPage(RawPage.IdFor(identity), identity, identity, url, http.Body, http.ContentType, isText, fetched, error);
        }
        catch (FormatException e)
        {
            return new RawPage(RawPage.IdFor(identity), identity, identity, url, [], null, false, fetched, $"unreadable HTTP response in WARC: {e.Message}");
        }
    }
}
