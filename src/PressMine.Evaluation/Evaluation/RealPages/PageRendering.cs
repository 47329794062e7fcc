using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PressMine.Evaluation.RealPages;

/// <summary>One paragraph of the stated rendering: its text, the block element it stands in and that block's selector.</summary>
public sealed record RenderedParagraph(int Index, string Text, IElement Block)
{
    /// <summary>The paragraph's gold hash (<see cref="PageRendering.Hash"/> of <see cref="Text"/>).</summary>
    public string Hash => PageRendering.Hash(Text);
}

/// <summary>
/// The text rendering the real-page gold refers to (version 1, frozen: the gold's hashes depend on it, so it must not
/// follow changes to the cleaner). The page is decoded with the charset the gold states and parsed by AngleSharp; the
/// text of an element is split into paragraphs at block-level elements and at &lt;br&gt;/&lt;hr&gt;; script, style,
/// form controls and embedded objects contribute nothing; whitespace runs become one space; empty paragraphs are
/// dropped. A paragraph's hash is SHA-256 over the UTF-8 of its NFKC form with all whitespace removed (first 16 hex
/// digits), so full-width/half-width and spacing differences do not change it.
/// </summary>
public static class PageRendering
{
    private static readonly HashSet<string> Blocks =
    [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    ];

    private static readonly HashSet<string> Silent =
    [
        "script", "style", "noscript", "template", "head", "title", "iframe", "object", "embed", "svg", "canvas", "select",
        "option", "button", "input", "textarea", "map", "audio", "video", "math",
    ];

    /// <summary>Parses decoded HTML with AngleSharp's default settings, as the gold was made.</summary>
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The paragraphs of root's text in document order, indexed from 0.</summary>
    public static IReadOnlyList<RenderedParagraph> Render(IElement root)
    {
        var paragraphs = new List<RenderedParagraph>();
        var text = new StringBuilder();
        IElement? block = null;
        var blocks = new Stack<IElement>();
        blocks.Push(root);

        void Flush()
        {
            var t = Collapse(text.ToString());
            if (t.Length > 0 && block is not null) paragraphs.Add(new RenderedParagraph(paragraphs.Count, t, block));
            text.Clear();
            block = null;
        }

        var work = new Stack<(INode Node, bool Exit)>();
        work.Push((root, false));
        while (work.Count > 0)
        {
            var (node, exit) = work.Pop();
            if (node is IElement e)
            {
                bool isBlock = Blocks.Contains(e.LocalName) && e != root;
                if (exit)
                {
                    if (isBlock) { Flush(); blocks.Pop(); }
                    continue;
                }
                if (Silent.Contains(e.LocalName)) continue;
                if (e.LocalName is "br" or "hr") { Flush(); continue; }
                if (isBlock) { Flush(); blocks.Push(e); }
                work.Push((e, true));
                for (int i = e.ChildNodes.Length - 1; i >= 0; i--) work.Push((e.ChildNodes[i], false));
            }
            else if (node is IText t && !exit)
            {
                if (block is not null && block != blocks.Peek()) Flush();
                block ??= blocks.Peek();
                text.Append(t.Data);
            }
        }
        Flush();
        return paragraphs;
    }

    /// <summary>The normalised form a hash is taken of: NFKC, no whitespace.</summary>
    public static string Normalise(string text)
    {
        var nfkc = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(nfkc.Length);
        foreach (var c in nfkc)
            if (!IsSpace(c)) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>First 16 hex digits of SHA-256 over the UTF-8 of the text's NFKC form without whitespace.</summary>
    public static string Hash(string text)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(text))))[..16];

    /// <summary>A selector that finds <paramref name="e"/> again: from the nearest ancestor with a unique id, else from body.</summary>
    public static string Selector(IElement e)
    {
        var doc = e.Owner!;
        var steps = new List<string>();
        for (var x = e; x is not null; x = x.ParentElement)
        {
            if (x.LocalName is "body" or "html") { steps.Add(x.LocalName); break; }
            if (!string.IsNullOrEmpty(x.Id) && IsPlainId(x.Id) && doc.QuerySelectorAll($"[id=\"{x.Id}\"]").Length == 1)
            {
                steps.Add($"{x.LocalName}[id=\"{x.Id}\"]");
                break;
            }
            int position = 1;
            for (var s = x.PreviousElementSibling; s is not null; s = s.PreviousElementSibling) position++;
            steps.Add($"{x.LocalName}:nth-child({position})");
        }
        steps.Reverse();
        return string.Join(" > ", steps);
    }

    private static bool IsPlainId(string id) => id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Collapse(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (var c in s)
        {
            if (IsSpace(c)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool IsSpace(char c)
        => char.IsWhiteSpace(c) || c is '\u00A0' or '\u3000' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF';
}
