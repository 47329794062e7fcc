namespace PressMine.Clean;

/// <summary>
/// The publish-date search: how far around the headline bylines are read, how strongly each kind of place votes for
/// its day, and the size limits that bound the work on hostile head or script content.
/// </summary>
public sealed record PublishDateOptions
{
    /// <summary>The defaults (tuned on the dev part of the real pages, see corpus/realpages).</summary>
    public static readonly PublishDateOptions Default = new();

    /// <summary>A line longer than this is text, not a byline.</summary>
    public int MaxBylineLength { get; init; } = 120;

    /// <summary>Lines above the headline read for a labelled date (a bare date there is the site's calendar).</summary>
    public int LinesAboveTitle { get; init; } = 4;

    /// <summary>At most this many lines below the headline belong to its byline block.</summary>
    public int MaxLinesAfterTitle { get; init; } = 15;

    /// <summary>Lines below the body read for a labelled date.</summary>
    public int LinesBelowBody { get; init; } = 8;

    /// <summary>An unlabelled date counts when at most this many characters stand beside it (site, account, host).</summary>
    public int MaxUnlabelledRest { get; init; } = 40;

    /// <summary>A date split over neighbouring lines: each part at most this long.</summary>
    public int MaxFragment { get; init; } = 12;

    /// <summary>A body line longer than this is not read for a labelled date.</summary>
    public int MaxLabelledBodyLine { get; init; } = 60;

    /// <summary>Vote of a labelled byline date (发布时间：…).</summary>
    public double LabelledStrength { get; init; } = 3;

    /// <summary>Vote of an unlabelled byline date, of one split over lines and of one the metadata collector read.</summary>
    public double UnlabelledStrength { get; init; } = 2;

    /// <summary>Vote of a labelled date just below the body.</summary>
    public double BelowBodyStrength { get; init; } = 2.5;

    /// <summary>Vote of a date declared for machines (meta tags, itemprop, JSON-LD).</summary>
    public double DeclaredStrength { get; init; } = 3;

    /// <summary>Vote of a day in one of the page's URLs.</summary>
    public double UrlStrength { get; init; } = 1.5;

    /// <summary>Vote of a Unix time kept in an inline script.</summary>
    public double ScriptStrength { get; init; } = 2;

    /// <summary>What an update stamp or a yearless byline adds to a day others name.</summary>
    public double ConfirmationWeight { get; init; } = 1;

    /// <summary>Inline scripts longer than this are not searched.</summary>
    public int MaxScriptChars { get; init; } = 500_000;

    /// <summary>JSON-LD blocks longer than this are not parsed.</summary>
    public int MaxJsonLdChars { get; init; } = 200_000;

    /// <summary>JSON-LD is searched this deep.</summary>
    public int MaxJsonDepth { get; init; } = 8;
}
