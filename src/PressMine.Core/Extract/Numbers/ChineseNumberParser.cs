using System.Globalization;

namespace PressMine.Extract;

/// <summary>
/// A numeral found in text. <see cref="Value"/> is null when the numeral gives no single number:
/// a range (两三个, 10-20), a vague quantity (几十个, 数个), or part of a code or phone number.
/// </summary>
/// <param name="Start">Start of the token, including an approximation prefix (约, 近, 超过, 逾).</param>
/// <param name="NumeralStart">Start of the digits themselves.</param>
/// <param name="End">End of the token, after 余/多 and a percent sign.</param>
internal sealed record NumberToken(int Start, int NumeralStart, int End, double? Value, bool Approx, bool IsPercent);

/// <summary>Finds and converts Arabic, full-width and Chinese numerals.</summary>
internal static class ChineseNumberParser
{
    private const string ChineseDigits = "〇零一二三四五六七八九两";
    private const string ChineseMultipliers = "十百千万亿";
    private static readonly string[] ApproxPrefixes = ["超过", "将近", "接近", "大约", "约", "近", "逾", "超"];
    private static readonly string RangeConnectors = "-－—–~～至到";

    /// <summary>Full-width digits and signs folded to ASCII; the length and every offset stay the same.</summary>
    public static string FoldWidth(string text)
    {
        if (!text.Any(c => c is >= '０' and <= '９' or '．' or '％'))
            return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                >= '０' and <= '９' => (char)('0' + (chars[i] - '０')),
                '．' => '.',
                '％' => '%',
                _ => chars[i],
            };
        }
        return new string(chars);
    }

    /// <summary>Every numeral in the text, left to right.</summary>
    public static IReadOnlyList<NumberToken> FindAll(string text)
    {
        var folded = FoldWidth(text);
        var tokens = new List<NumberToken>();
        var i = 0;
        while (i < folded.Length)
        {
            var token = ReadAt(folded, i);
            if (token is null) { i++; continue; }
            tokens.Add(token);
            i = token.End;
        }
        return tokens;
    }

    /// <summary>The value of a text that is one numeral, e.g. "2.3万", "一百零五", "十余"; null for ranges, vague or non-numbers.</summary>
    public static double? ParseValue(string text)
    {
        var tokens = FindAll(text);
        return tokens.Count == 1 ? tokens[0].Value : null;
    }

    private static NumberToken? ReadAt(string text, int i)
    {
        var c = text[i];
        if (char.IsAsciiDigit(c)) return ReadArabic(text, i);
        if (ChineseDigits.Contains(c) || c == '十' || IsBareScale(text, i)) return ReadChinese(text, i);
        return null;
    }

    /// <summary>
    /// 万余家, 千余人, 近万名, 超百家: a bare 百/千/万 is one of it when 余/多 follows or an approximation prefix stands
    /// before it; elsewhere (千方百计, 万众) it is part of a word.
    /// </summary>
    private static bool IsBareScale(string text, int i)
    {
        if (text[i] is not ('百' or '千' or '万') || (i > 0 && (ChineseDigits.Contains(text[i - 1]) || ChineseMultipliers.Contains(text[i - 1])))) return false;
        if (i + 1 < text.Length && text[i + 1] is '余' or '多') return true;
        return ApproxPrefixes.Any(p => i >= p.Length && string.CompareOrdinal(text, i - p.Length, p, 0, p.Length) == 0);
    }

    private static NumberToken ReadArabic(string text, int start)
    {
        var i = start;
        while (i < text.Length && (char.IsAsciiDigit(text[i])
               || (text[i] == ',' && IsThousandsGroup(text, i + 1) && i > start)
               || (text[i] == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && i > start)))
            i++;
        var digits = text[start..i].Replace(",", "");
        // 0.58.1, 192.168.1.1: a version or an address, not a count.
        double? value = double.TryParse(digits, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;

        // Part of an identifier, email, phone number or code: no count.
        var before = start > 0 ? text[start - 1] : ' ';
        if (char.IsAsciiLetter(before) || before is '@' or '_' or '.' or '-' || char.IsAsciiDigit(before))
            value = null;
        if (i < text.Length && (char.IsAsciiLetter(text[i]) || text[i] is '@' or '_'))
            value = null;

        // 1800余万件: the approximation marker stands between the digits and their scale.
        var approxBeforeScale = i + 1 < text.Length && text[i] is '余' or '多' && "万亿".Contains(text[i + 1]) && value is not null;
        if (approxBeforeScale) i++;
        if (i < text.Length && "万亿".Contains(text[i]) && value is not null)
        {
            value *= text[i] == '万' ? 1e4 : 1e8;
            i++;
        }
        return Finish(text, start, i, value, approxBeforeScale);
    }

    private static bool IsThousandsGroup(string text, int at) =>
        at + 3 <= text.Length && text.Skip(at).Take(3).All(char.IsAsciiDigit)
        && (at + 3 == text.Length || !char.IsAsciiDigit(text[at + 3]));

    private static NumberToken ReadChinese(string text, int start)
    {
        var i = start;
        while (i < text.Length && (ChineseDigits.Contains(text[i]) || ChineseMultipliers.Contains(text[i]))) i++;
        var value = ConvertChinese(text.AsSpan(start, i - start));
        return Finish(text, start, i, value);
    }

    /// <summary>Adds prefix/suffix approximation markers and turns ranges and vague quantities into "no value".</summary>
    private static NumberToken Finish(string text, int start, int end, double? value, bool approx = false)
    {
        // 几十, 数十, 十几: vague.
        if (start > 0 && text[start - 1] is '几' or '数') value = null;
        if (end < text.Length && text[end] == '几') { value = null; end++; }

        // 10-20, 10至20, 三至五: a range, consume the second number too.
        if (end + 1 < text.Length && RangeConnectors.Contains(text[end]) && ReadAt(text, end + 1) is { } second)
        {
            value = null;
            end = second.End;
        }

        if (end < text.Length && text[end] is '余' or '多' && value is not null)
        {
            approx = true;
            end++;
        }

        var isPercent = false;
        if (end < text.Length && text[end] == '%')
        {
            isPercent = true;
            end++;
        }

        var tokenStart = start;
        foreach (var prefix in ApproxPrefixes)
        {
            if (start >= prefix.Length && string.CompareOrdinal(text, start - prefix.Length, prefix, 0, prefix.Length) == 0
                && !EndsWordWithoutApprox(text, start))
            {
                approx = true;
                tokenStart = start - prefix.Length;
                break;
            }
        }
        return new NumberToken(tokenStart, start, end, value, approx && value is not null, isPercent);
    }

    // 商超56家 (shops and supermarkets), 赶超: 超 ends a word here, it does not mean "over".
    private static readonly string[] WordsEndingInApproxPrefix = ["商超", "赶超"];

    private static bool EndsWordWithoutApprox(string text, int start) =>
        WordsEndingInApproxPrefix.Any(w => start >= w.Length && string.CompareOrdinal(text, start - w.Length, w, 0, w.Length) == 0);

    /// <summary>Chinese numeral to value; null for digit pairs without a multiplier (两三, 三五), which are ranges.</summary>
    public static double? ConvertChinese(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return null;
        var hasMultiplier = false;
        foreach (var c in s) if (ChineseMultipliers.Contains(c)) hasMultiplier = true;

        if (!hasMultiplier)
        {
            if (s.Length == 1) return DigitOf(s[0]);
            // 二〇二〇: digit by digit (years, codes); otherwise adjacent digits are a range.
            if (s.IndexOfAny('〇', '零') < 0) return null;
            double digits = 0;
            foreach (var c in s) digits = digits * 10 + DigitOf(c);
            return digits;
        }

        // 亿 closes everything before it; 万 only what follows the last 亿 (三亿五千万 = 3.5e8, 一万亿 = 1e12).
        double yi = 0, total = 0, section = 0;
        int? digit = null;
        var previousWasDigit = false;
        foreach (var c in s)
        {
            if (c is '零' or '〇') { digit = null; previousWasDigit = false; continue; }
            if (ChineseDigits.Contains(c))
            {
                if (previousWasDigit) return null; // 三五十: a range
                digit = DigitOf(c);
                previousWasDigit = true;
                continue;
            }
            previousWasDigit = false;
            switch (c)
            {
                case '十': section += (digit ?? 1) * 10; break;
                case '百': section += (digit ?? 1) * 100; break;
                case '千': section += (digit ?? 1) * 1000; break;
                // A bare 万 (万余家) is one 万.
                case '万': total = (total + section + (digit ?? (total + section == 0 ? 1 : 0))) * 1e4; section = 0; break;
                case '亿': yi = (yi + total + section + (digit ?? (yi + total + section == 0 ? 1 : 0))) * 1e8; total = 0; section = 0; break;
            }
            digit = null;
        }
        return yi + total + section + (digit ?? 0);
    }

    private static int DigitOf(char c) => c switch
    {
        '〇' or '零' => 0, '一' => 1, '二' or '两' => 2, '三' => 3, '四' => 4,
        '五' => 5, '六' => 6, '七' => 7, '八' => 8, '九' => 9, '十' => 10, _ => 0,
    };
}
