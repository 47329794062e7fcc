using System.Globalization;
using System.Reflection;
using System.Text;

namespace PressMine.Pipeline;

/// <summary>
/// An options record as the flat name → value map a step reports to the manifest: every public property, nested
/// records by their path (dates.labelled_strength), names in snake case, numbers in invariant culture.
/// </summary>
public static class OptionValues
{
    /// <summary>The record's properties, nested ones at most <paramref name="maxDepth"/> levels down.</summary>
    public static IReadOnlyDictionary<string, string> Flatten(object options, int maxDepth = 4)
    {
        var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Add(values, "", options, maxDepth);
        return values;
    }

    static void Add(SortedDictionary<string, string> values, string prefix, object options, int depthLeft)
    {
        foreach (var property in options.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0) continue;
            var value = property.GetValue(options);
            var name = prefix + SnakeCase(property.Name);
            if (value is IFormattable formattable) values[name] = formattable.ToString(null, CultureInfo.InvariantCulture);
            else if (value is string or bool or null) values[name] = value?.ToString() ?? "";
            else if (depthLeft > 0) Add(values, name + ".", value, depthLeft - 1);
        }
    }

    static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) text.Append('_');
            text.Append(char.ToLowerInvariant(name[i]));
        }
        return text.ToString();
    }
}
