using System.Reflection;

namespace PressMine.Tests.Architecture;

/// <summary>Which PressMine namespace uses which, read from the compiled assemblies (see <see cref="TypeReferences"/>).</summary>
sealed class NamespaceGraph
{
    public IReadOnlyDictionary<string, SortedSet<string>> Edges { get; }
    /// <summary>For each edge "from -> to", one type of <c>from</c> that makes it, for the failure message.</summary>
    public IReadOnlyDictionary<string, string> Witness { get; }

    public NamespaceGraph(IReadOnlyDictionary<string, SortedSet<string>> edges, IReadOnlyDictionary<string, string>? witness = null) =>
        (Edges, Witness) = (edges, witness ?? new Dictionary<string, string>());

    /// <param name="group">maps a full namespace to the node it counts for (e.g. its stage)</param>
    public static NamespaceGraph Build(IEnumerable<Assembly> assemblies, Func<string, string> group)
    {
        var ours = assemblies.ToHashSet();
        var edges = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var witness = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in ours.SelectMany(a => a.GetTypes()))
        {
            var owner = TypeReferences.Outermost(type);
            if (owner.Namespace is not { } ns || !ns.StartsWith("PressMine", StringComparison.Ordinal)) continue;
            var from = group(ns);
            if (!edges.ContainsKey(from)) edges[from] = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var used in TypeReferences.Of(type))
            {
                if (!ours.Contains(used.Assembly)) continue;
                if (TypeReferences.Outermost(used).Namespace is not { } usedNs) continue;
                if (!usedNs.StartsWith("PressMine", StringComparison.Ordinal)) continue; // e.g. generated regex helpers
                var to = group(usedNs);
                if (to == from || !edges[from].Add(to)) continue;
                witness[$"{from} -> {to}"] = $"{owner.FullName} uses {used.FullName}";
            }
        }
        return new NamespaceGraph(edges, witness);
    }

    /// <summary>The strongly connected components with more than one node: each is a cycle.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        int index = 0;
        var indexOf = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var cycles = new List<IReadOnlyList<string>>();

        void Visit(string v)
        {
            indexOf[v] = low[v] = index++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in Edges.GetValueOrDefault(v) ?? [])
            {
                if (!indexOf.ContainsKey(w)) { Visit(w); low[v] = Math.Min(low[v], low[w]); }
                else if (onStack.Contains(w)) low[v] = Math.Min(low[v], indexOf[w]);
            }
            if (low[v] != indexOf[v]) return;
            var component = new List<string>();
            string x;
            do { x = stack.Pop(); onStack.Remove(x); component.Add(x); } while (x != v);
            if (component.Count > 1) cycles.Add(component.Order(StringComparer.Ordinal).ToList());
        }

        foreach (var v in Edges.Keys.Order(StringComparer.Ordinal))
            if (!indexOf.ContainsKey(v)) Visit(v);
        return cycles;
    }
}
