using PressMine.Clean;
using PressMine.Decode;
using PressMine.Extract;
using PressMine.Extract.Topic;
using PressMine.Records;
using PressMine.Segment;

namespace PressMine.Pipeline;

/// <summary>
/// The per-page part of the pipeline: Decode → Clean → Segment → Extract. Thread-safe; any failure of a
/// stage, running out of memory or stack included, becomes a rejected row with the reason, never a lost page or run.
/// </summary>
public sealed class PageProcessor(PageCleaner cleaner, FactExtractor extractor, ChineseSegmenter? segmenter, TopicModel? topicModel = null)
{
    public ProcessedPage Process(RawPage page)
    {
        if (page.ReadError is not null) return ProcessedPage.Rejected(page, page.ReadError);
        try
        {
            return ProcessReadable(page);
        }
        catch (OutOfMemoryException)
        {
            // The page's own allocations are garbage once we are here: one page must not end the run.
            return ProcessedPage.Rejected(page, "page needs more memory than is available to process it (OutOfMemoryException)");
        }
        catch (InsufficientExecutionStackException)
        {
            return ProcessedPage.Rejected(page, "page nests too deep to process (InsufficientExecutionStackException)");
        }
        catch (Exception e)
        {
            return ProcessedPage.Rejected(page, $"internal error in processing: {e.GetType().Name}: {e.Message}");
        }
    }

    ProcessedPage ProcessReadable(RawPage page)
    {
        bool isHtml = !page.IsTextDump;
        var decoded = CharsetDecoder.Decode(page.Bytes, page.ContentType, isHtml, out var decodeError);
        if (decoded is null) return ProcessedPage.Rejected(page, decodeError ?? "cannot decode");

        var cleaned = cleaner.Clean(decoded.Text, page.IsTextDump, page.Url);
        if (cleaned.Page is not { } clean)
            return ProcessedPage.Rejected(page, cleaned.RejectReason ?? "not an article");

        var body = clean.Body;
        var extracted = extractor.Extract(page.Id, clean.Title, body, clean.PublishedAt, clean.Site, clean.Source);
        var locality = extracted.Locality;
        var topic = topicModel?.Predict(clean.Title, body);
        var article = new Article
        {
            Id = page.Id,
            SourcePath = page.SourcePath,
            Url = page.Url,
            Site = clean.Site,
            Status = ArticleStatus.Ok,
            Title = clean.Title,
            PublishedAt = clean.PublishedAt,
            PublishedAtBasis = clean.PublishedAtBasis,
            Source = clean.Source,
            Author = clean.Author,
            Editor = clean.Editor,
            Body = body,
            Province = locality?.Province,
            City = locality?.City,
            County = locality?.County,
            DivisionCode = locality?.Code,
            Encoding = decoded.Encoding,
            Topic = topic?.Topic,
            TopicScore = topic?.Score,
        };
        string? tokens = segmenter is null ? null : string.Join(' ', segmenter.Cut(body).Select(t => t.Text));
        return new ProcessedPage(article, extracted.Facts, tokens, ProcessedPage.InputHash(page));
    }
}
