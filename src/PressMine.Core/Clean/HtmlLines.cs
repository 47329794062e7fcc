using System.Text;
using AngleSharp.Dom;

namespace PressMine.Clean;

/// <summary>One rendered line of an HTML page: the text of a block (split at &lt;br&gt;), its block element and link share.</summary>
internal sealed record HtmlLine(string Text, IElement Block, int LinkChars, int Chars)
{
    public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;
}

/// <summary>Flattens a DOM into lines in document order, the way a browser would lay blocks out.</summary>
internal static class HtmlLines
{
    private static readonly HashSet<string> BlockTags =
    [
        "p", "div", "td", "th", "li", "ul", "ol", "section", "article", "main", "body", "h1", "h2", "h3", "h4", "h5", "h6",
        "pre", "blockquote", "dd", "dt", "dl", "table", "tr", "tbody", "thead", "tfoot", "header", "footer", "nav", "aside",
        "form", "center", "figure", "figcaption", "address", "fieldset", "caption",
    ];

    private static readonly HashSet<string> SkippedTags =
    [
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "select", "option",
        "button", "input", "textarea", "head", "link", "meta", "map", "audio", "video", "math",
    ];

    public static bool IsBlock(IElement e) => BlockTags.Contains(e.LocalName);

    public static List<HtmlLine> Extract(IElement root)
    {
        var lines = new List<HtmlLine>();
        var blocks = new Stack<IElement>();
        blocks.Push(root);
        var current = new StringBuilder();
        IElement? currentBlock = null;
        int linkDepth = 0, linkChars = 0, chars = 0;

        void Flush()
        {
            if (current.Length > 0 && currentBlock is not null)
            {
                var text = TextNormalizer.CleanLine(current.ToString());
                if (text.Length > 0) lines.Add(new HtmlLine(text, currentBlock, linkChars, Math.Max(chars, 1)));
            }
            current.Clear();
            linkChars = chars = 0;
            currentBlock = null;
        }

        // An explicit stack instead of recursion: malformed pages can nest thousands of elements deep.
        var work = new Stack<(INode Node, bool Exit)>();
        work.Push((root, false));
        while (work.Count > 0)
        {
            var (node, exit) = work.Pop();
            if (node is IElement el)
            {
                var name = el.LocalName;
                if (exit)
                {
                    if (name == "a") linkDepth--;
                    if (BlockTags.Contains(name) && el != root) { Flush(); blocks.Pop(); }
                    continue;
                }
                if (SkippedTags.Contains(name)) continue;
                if (name is "br" or "hr") { Flush(); continue; }
                if (BlockTags.Contains(name) && el != root) { Flush(); blocks.Push(el); }
                if (name == "a") linkDepth++;
                work.Push((el, true));
                for (int i = el.ChildNodes.Length - 1; i >= 0; i--) work.Push((el.ChildNodes[i], false));
            }
            else if (node is IText textNode && !exit)
            {
                var data = textNode.Data;
                if (currentBlock is not null && currentBlock != blocks.Peek()) Flush();
                currentBlock ??= blocks.Peek();
                current.Append(data);
                int visible = data.Count(c => !TextNormalizer.IsSpace(c));
                chars += visible;
                if (linkDepth > 0) linkChars += visible;
            }
        }
        Flush();
        return lines;
    }
}
