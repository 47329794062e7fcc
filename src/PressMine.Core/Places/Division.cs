namespace PressMine.Places;

/// <summary>The tier of a division in China's administrative hierarchy; the values are the tiers' depths.</summary>
public enum DivisionLevel
{
    /// <summary>Province, autonomous region or municipality (省级).</summary>
    Province = 1,
    /// <summary>Prefecture-level city or equivalent (地级).</summary>
    City = 2,
    /// <summary>County, district or county-level city (县级).</summary>
    County = 3,
    /// <summary>Town, township or subdistrict (乡级).</summary>
    Town = 4,
}

/// <summary>An administrative division with its official code and the full names of its parents.</summary>
public sealed record Division(
    string Code,
    string Name,
    DivisionLevel Level,
    string Province,
    string? City,
    string? County)
{
    /// <summary>Province + city + county names, e.g. 浙江省宁波市镇海区; a municipality's name once (北京市朝阳区).</summary>
    public string FullName => string.Concat(Province, City == Province ? null : City, County, Level == DivisionLevel.Town ? Name : null);
}
