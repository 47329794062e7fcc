using AngleSharp.Dom;

namespace PressMine.Clean;

/// <summary>
/// Which lines lie inside the content region: a line whose block, or the nearest ancestor that decides, is a region
/// element, and that no furniture-hinted element (share, related, comment widgets) closes off on the way up; link
/// lists never count. Each element's answer is kept, so a page costs one walk per element, not one per line and level.
/// </summary>
internal sealed class ContentLines(IReadOnlyList<IElement> region, ClassHints hints)
{
    private readonly HashSet<IElement> _region = [.. region];
    private readonly Dictionary<IElement, bool> _known = new();
    private readonly List<IElement> _path = [];

    /// <summary>True for a line inside the content element and outside any widget, with at most half its text linked.</summary>
    public bool Holds(HtmlLine line) => line.LinkDensity <= 0.5 && _region.Count > 0 && Inside(line.Block);

    private bool Inside(IElement block)
    {
        bool inside = false;
        _path.Clear();
        for (IElement? e = block; e is not null; e = e.ParentElement)
        {
            if (_known.TryGetValue(e, out inside)) break;
            _path.Add(e);
            if (_region.Contains(e)) { inside = true; break; }
            if (hints.IsNegative(e)) { inside = false; break; }
        }
        // Every element walked answers as the one that decided; an element whose walk reached the root is outside.
        foreach (var e in _path) _known[e] = inside;
        return inside;
    }
}
