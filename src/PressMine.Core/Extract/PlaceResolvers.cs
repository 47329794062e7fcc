namespace PressMine.Extract;

/// <summary>The place resolver the pipeline uses by default.</summary>
public static class PlaceResolvers
{
    public static IPlaceResolver Default() => new NoPlaces();

    sealed class NoPlaces : IPlaceResolver
    {
        public Division? ResolveArticleLocality(string? title, string body, string? site, string? source) => null;
        public Division? FindPlace(string clause, Division? articleLocality) => null;
    }
}
