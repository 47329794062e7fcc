namespace PressMine.Places;

/// <summary>How a string names a division.</summary>
public enum NameKind : byte
{
    /// <summary>The official full name (杭州市).</summary>
    Full,
    /// <summary>A short form without the type suffix (杭州).</summary>
    Short,
    /// <summary>A name the division had before a rename or merger.</summary>
    Former,
}

/// <summary>One division a name can refer to: its index in the gazetteer and how the name refers to it.</summary>
public readonly record struct NameOwner(int Entry, NameKind Kind);

/// <summary>
/// Everything one string can name. <see cref="IsCommonWord"/>: an ordinary word (和平, 解放, 城区), never read as a
/// division; <see cref="NeedsContext"/>: an ambiguous name (鼓楼, 朝阳, 江北) read only inside an anchored city.
/// </summary>
public sealed class PlaceName(string text, NameOwner[] owners, bool isCommonWord, bool needsContext)
{
    /// <summary>The name as written.</summary>
    public string Text { get; } = text;
    /// <summary>Every division this string can name; more than one when the name is ambiguous.</summary>
    public NameOwner[] Owners { get; } = owners;
    /// <summary>True when the string is an ordinary word and never read as a place.</summary>
    public bool IsCommonWord { get; } = isCommonWord;
    /// <summary>True when the string is read as a place only inside an already anchored city.</summary>
    public bool NeedsContext { get; } = needsContext;
    /// <summary>True when no owner uses this string as its full or former name.</summary>
    public bool IsShortOnly { get; } = Array.TrueForAll(owners, o => o.Kind == NameKind.Short);
}
