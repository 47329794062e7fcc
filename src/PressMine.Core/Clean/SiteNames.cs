namespace PressMine.Clean;

/// <summary>Finds the name of the publishing site (中国宁波网, 达州日报网) or falls back to the URL host.</summary>
internal static class SiteNames
{
    public static string? FromBreadcrumbs(IEnumerable<string> breadcrumbLines)
        => breadcrumbLines.Select(BoilerplateRules.SiteFromBreadcrumb).FirstOrDefault(s => s is not null);

    /// <summary>A source that names a website ("达州日报网") is the site itself.</summary>
    public static string? FromSource(string? source)
        => source is { Length: >= 3 and <= 12 } && source.EndsWith('网') && TextNormalizer.CjkCount(source) == source.Length ? source : null;

    public static string? FromUrl(string? url)
        => Uri.TryCreate(url, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Host) ? uri.Host : null;
}
