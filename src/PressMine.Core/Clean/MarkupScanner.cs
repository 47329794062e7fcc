namespace PressMine.Clean;

/// <summary>
/// A linear scan over HTML tags, without building a tree: how deep elements nest and how many there are, and the page
/// without script/style bodies and comments. Approximate by design (attribute values holding '&gt;' end a tag early);
/// it only has to be cheap and to see what the parser would see in a page built to hurt.
/// </summary>
internal static class MarkupScanner
{
    /// <param name="MaxDepth">Elements open at once, at most.</param>
    /// <param name="Elements">Start tags.</param>
    /// <param name="NestingWork">The depth at which each start tag opens, summed: what tree building costs when the
    /// parser looks down its stack of open elements (a &lt;p&gt; closes an open &lt;p&gt; only after scanning the stack).</param>
    public readonly record struct Nesting(int MaxDepth, int Elements, long NestingWork);

    static readonly HashSet<string> VoidTags =
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen", "basefont", "bgsound", "frame", "image"];

    // Their end tag is implied by the next sibling, so unclosed ones do not nest in the parsed tree.
    static readonly HashSet<string> ImpliedEndTags =
        ["p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "caption", "rb", "rt", "rp", "rtc"];

    static readonly HashSet<string> RawTextTags = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];

    public static Nesting Measure(string html)
    {
        int depth = 0, max = 0, elements = 0;
        long work = 0;
        foreach (var tag in Tags(html))
        {
            if (tag.Name == "!--") continue;
            if (!tag.IsEnd) { elements++; work += depth; }
            if (VoidTags.Contains(tag.Name) || ImpliedEndTags.Contains(tag.Name) || RawTextTags.Contains(tag.Name)) continue;
            if (tag.IsEnd) { if (depth > 0) depth--; }
            else if (!tag.SelfClosing) max = Math.Max(max, ++depth);
        }
        return new Nesting(max, elements, work);
    }

    /// <summary>The page with the bodies of &lt;script&gt; and &lt;style&gt; and comments removed (JSON-LD scripts kept).</summary>
    public static string WithoutScripts(string html)
    {
        var kept = new System.Text.StringBuilder(html.Length);
        int from = 0;
        foreach (var tag in Tags(html))
        {
            bool comment = tag.Name == "!--";
            bool script = !tag.IsEnd && tag.Name is ("script" or "style")
                          && !html.AsSpan(tag.Start, tag.End - tag.Start).Contains("ld+json", StringComparison.OrdinalIgnoreCase);
            if (!comment && !script) continue;
            int cutFrom = comment ? tag.Start : tag.End; // a script keeps its tags, loses its body
            kept.Append(html, from, cutFrom - from);
            from = tag.RawTextEnd;
        }
        kept.Append(html, from, html.Length - from);
        return kept.ToString();
    }

    /// <param name="Start">Index of '&lt;'.</param>
    /// <param name="End">Index just past the tag's '&gt;'.</param>
    /// <param name="RawTextEnd">For comments: just past "--&gt;"; for raw-text elements: the index of their end tag; else End.</param>
    readonly record struct Tag(string Name, bool IsEnd, bool SelfClosing, int Start, int End, int RawTextEnd);

    static IEnumerable<Tag> Tags(string html)
    {
        int i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if (html.AsSpan(i).StartsWith("<!--"))
            {
                int close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                int after = close < 0 ? html.Length : close + 3;
                yield return new Tag("!--", false, false, i, after, after);
                i = after;
                continue;
            }
            bool isEnd = html[i + 1] == '/';
            int nameStart = isEnd ? i + 2 : i + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart])) { i++; continue; }
            int nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-')) nameEnd++;
            int tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0) yield break;
            var name = html.Substring(nameStart, Math.Min(nameEnd - nameStart, 16)).ToLowerInvariant();
            int rawEnd = tagEnd + 1;
            if (!isEnd && RawTextTags.Contains(name))
            {
                int close = html.IndexOf("</" + name, tagEnd + 1, StringComparison.OrdinalIgnoreCase);
                rawEnd = close < 0 ? html.Length : close;
            }
            yield return new Tag(name, isEnd, html[tagEnd - 1] == '/', i, tagEnd + 1, rawEnd);
            i = rawEnd;
        }
    }
}
