using PressMine.Records;

namespace PressMine.Sources;

/// <summary>Pages from the response (and resource) records of one WARC file; a corrupt tail becomes one rejected row.</summary>
public sealed class WarcSource(string path) : IPageSource
{
    public IEnumerable<RawPage> Read(CancellationToken cancel = default)
    {
        using var reader = new WarcReader(path);
        int index = 0;
        foreach (var record in reader.Records())
        {
            cancel.ThrowIfCancellationRequested();
            index++;
            if (record.Type is not ("response" or "resource")) continue;
            yield return ToPage(record, index);
        }
        if (reader.Error is not null)
        {
            var identity = $"{path}#corrupt-after-{index}";
            yield return new RawPage(RawPage.IdFor(identity), identity, identity, null, [], null, false, null,
                $"{reader.Error} (after record {index}; earlier records kept)");
        }
    }

    RawPage ToPage(WarcRecord record, int index)
    {
        var identity = $"{path}#{record.RecordId ?? $"record-{index}"}";
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
