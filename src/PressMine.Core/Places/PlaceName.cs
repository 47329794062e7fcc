namespace PressMine.Places;

/// <summary>How a string names a division.</summary>
public enum NameKind : byte { Full, Short, Former }

/// <summary>One division a name can refer to: its index in the gazetteer and how the name refers to it.</summary>
public readonly record struct NameOwner(int Entry, NameKind Kind);

/// <summary>
/// Everything one string can name. <see cref="IsCommonWord"/>: an ordinary word (和平, 解放, 城区), never read as a
/// division; <see cref="NeedsContext"/>: an ambiguous name (鼓楼, 朝阳, 江北) read only inside an anchored city.
/// </summary>
public sealed class PlaceName(string text, NameOwner[] owners, bool isCommonWord, bool needsContext)
{
    public string Text { get; } = text;
    public NameOwner[] Owners { get; } = owners;
    public bool IsCommonWord { get; } = isCommonWord;
    public bool NeedsContext { get; } = needsContext;
    /// <summary>True when no owner uses this string as its full or former name.</summary>
    public bool IsShortOnly { get; } = Array.TrueForAll(owners, o => o.Kind == NameKind.Short);
}
