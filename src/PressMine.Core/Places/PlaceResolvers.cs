namespace PressMine.Places;

/// <summary>The place resolver the pipeline uses by default: the bundled gazetteer of China's divisions.</summary>
public static class PlaceResolvers
{
    /// <summary>A resolver over the bundled gazetteer; loads it on first use.</summary>
    public static IPlaceResolver Default() => GazetteerPlaceResolver.CreateDefault();
}
