namespace PressMine.Places;

/// <summary>What the fact extractor needs to know about places; implemented over the gazetteer.</summary>
public interface IPlaceResolver
{
    /// <summary>The article's primary locality from its title, body, site and source (e.g. 中国宁波网 → 宁波市); null when none.</summary>
    Division? ResolveArticleLocality(string? title, string body, string? site, string? source);

    /// <summary>The most specific place named in a clause, resolved in the context of the article's locality; null when none.</summary>
    Division? FindPlace(string clause, Division? articleLocality);
}
