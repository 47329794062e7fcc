using System.Text;

namespace PressMine.Fuzz;

/// <summary>Writes an integer in standard Chinese numerals (一千零五, 十二万三千, 一亿零一), the way news text spells counts.</summary>
public static class ChineseNumerals
{
    const string Digits = "零一二三四五六七八九";
    static readonly string[] Units = ["", "十", "百", "千"];
    static readonly string[] Sections = ["", "万", "亿"];

    public static string Render(long n)
    {
        if (n == 0) return "零";
        var groups = new List<int>();
        for (long rest = n; rest > 0; rest /= 10000) groups.Add((int)(rest % 10000));
        var sb = new StringBuilder();
        bool zeroPending = false;
        for (int i = groups.Count - 1; i >= 0; i--)
        {
            int group = groups[i];
            if (group == 0) { zeroPending = sb.Length > 0; continue; }
            if (sb.Length > 0 && (zeroPending || group < 1000)) sb.Append('零');
            sb.Append(Group(group)).Append(Sections[i]);
            zeroPending = false;
        }
        var text = sb.ToString();
        return text.StartsWith("一十", StringComparison.Ordinal) ? text[1..] : text;
    }

    static string Group(int group)
    {
        var sb = new StringBuilder();
        bool zero = false;
        for (int position = 3; position >= 0; position--)
        {
            int digit = group / (int)Math.Pow(10, position) % 10;
            if (digit == 0) { zero = sb.Length > 0; continue; }
            if (zero) sb.Append('零');
            sb.Append(Digits[digit]).Append(Units[position]);
            zero = false;
        }
        return sb.ToString();
    }
}
