namespace PressMine.Places;

public enum DivisionLevel { Province = 1, City = 2, County = 3, Town = 4 }

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
