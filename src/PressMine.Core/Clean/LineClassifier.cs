namespace PressMine.Clean;

// Public only because a test theory takes it as a parameter (xunit needs public test methods).
/// <summary>What a cleaned line is, as the text-dump and HTML cleaners sort it.</summary>
public enum LineKind
{
    /// <summary>Breadcrumb trail.</summary>
    Breadcrumb,
    /// <summary>Metadata (source, date, author, editor): read, never kept in the body.</summary>
    Meta,
    /// <summary>Footer, share bar, licence, navigation, related headline.</summary>
    Furniture,
    /// <summary>Heading of a related-links/comments list: the article ends before it.</summary>
    StopMarker,
    /// <summary>A paragraph of running text.</summary>
    Body,
    /// <summary>Any other short text line: a title, subheading, caption or stray link.</summary>
    Short,
}

/// <summary>Sorts one cleaned line into a <see cref="LineKind"/>; shared by the text-dump and HTML cleaners.</summary>
internal static class LineClassifier
{
    public static LineKind Classify(string line)
    {
        if (MetadataLines.IsMetaLine(line)) return LineKind.Meta;
        if (BoilerplateRules.IsBreadcrumb(line)) return LineKind.Breadcrumb;
        if (BoilerplateRules.IsStopMarker(line)) return LineKind.StopMarker;
        if (BoilerplateRules.IsFurniture(line)) return LineKind.Furniture;
        return IsBodyText(line) ? LineKind.Body : LineKind.Short;
    }

    /// <summary>Running text: ends like a sentence, or is long and punctuated like prose.</summary>
    public static bool IsBodyText(string line)
    {
        int cjk = TextNormalizer.CjkCount(line);
        if (cjk >= 40) return true;
        char last = line[^1];
        bool endsLikeSentence = last is '。' or '！' or '？' or '!' or '?' or '”' or '」' or '…' or '；' or ';' or '：' or ':';
        if (endsLikeSentence && cjk >= 6 && TextNormalizer.SentencePunctuation(line) >= 1) return true;
        return cjk >= 15 && line.Contains('。');
    }
}
