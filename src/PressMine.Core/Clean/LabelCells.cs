using AngleSharp.Dom;

namespace PressMine.Clean;

/// <summary>
/// Table layouts put a byline label and its value in neighbouring cells (&lt;td&gt;作者：&lt;/td&gt;&lt;td&gt;杜明轩&lt;/td&gt;), which become
/// two lines. This joins such a label line with the value line that follows it in the same table row.
/// </summary>
internal static class LabelCells
{
    private const int MaxValueLength = 40;

    public static List<HtmlLine> Join(List<HtmlLine> lines)
    {
        var joined = new List<HtmlLine>(lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (i + 1 < lines.Count && MetadataLines.IsLabelOnly(line.Text) && lines[i + 1] is var value
                && value.Text.Length <= MaxValueLength && !MetadataLines.IsLabelOnly(value.Text) && SameRow(line.Block, value.Block))
            {
                joined.Add(new HtmlLine(line.Text + value.Text, line.Block, line.LinkChars + value.LinkChars, line.Chars + value.Chars));
                i++;
                continue;
            }
            joined.Add(line);
        }
        return joined;
    }

    private static bool SameRow(IElement a, IElement b)
    {
        var row = Row(a);
        return row is not null ? row == Row(b) : a.ParentElement == b.ParentElement;
    }

    private static IElement? Row(IElement e)
    {
        for (var x = e; x is not null; x = x.ParentElement)
            if (x.LocalName == "tr") return x;
        return null;
    }
}
