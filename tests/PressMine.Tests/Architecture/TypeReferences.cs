using System.Reflection;
using System.Reflection.Emit;

namespace PressMine.Tests.Architecture;

/// <summary>
/// Every type a type uses: in its signatures (base, interfaces, fields, properties, method parameters and returns)
/// and in its method bodies (the type, method and field tokens of the IL). Compiler-generated nested types
/// (closures, state machines) count for the type that declares them.
/// </summary>
static class TypeReferences
{
    const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance |
                                  BindingFlags.Static | BindingFlags.DeclaredOnly;

    static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    public static IEnumerable<Type> Of(Type type)
    {
        var found = new HashSet<Type>();
        if (type.BaseType is { } b) AddWithArguments(found, b);
        foreach (var i in type.GetInterfaces()) AddWithArguments(found, i);
        foreach (var f in type.GetFields(Declared)) AddWithArguments(found, f.FieldType);
        foreach (var p in type.GetProperties(Declared)) AddWithArguments(found, p.PropertyType);
        foreach (var m in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (m is MethodInfo mi) AddWithArguments(found, mi.ReturnType);
            foreach (var p in m.GetParameters()) AddWithArguments(found, p.ParameterType);
            foreach (var t in BodyReferences(m)) AddWithArguments(found, t);
        }
        return found;
    }

    /// <summary>The outermost type that declares <paramref name="type"/> (itself when not nested).</summary>
    public static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } d) type = d;
        return type;
    }

    static void AddWithArguments(HashSet<Type> found, Type type)
    {
        if (type.HasElementType) { AddWithArguments(found, type.GetElementType()!); return; }
        if (type.IsGenericParameter || !found.Add(type)) return;
        if (type.IsGenericType)
            foreach (var a in type.GetGenericArguments()) AddWithArguments(found, a);
    }

    static IEnumerable<Type> BodyReferences(MethodBase method)
    {
        byte[]? il;
        try { il = method.GetMethodBody()?.GetILAsByteArray(); }
        catch (Exception) { yield break; }
        if (il is null) yield break;
        var typeArgs = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        int pos = 0;
        while (pos < il.Length)
        {
            short value = il[pos] == 0xFE ? (short)(0xFE00 | il[pos + 1]) : il[pos];
            pos += il[pos] == 0xFE ? 2 : 1;
            var op = OpCodesByValue[value];
            int size = OperandSize(op, il, pos);
            if (op.OperandType is OperandType.InlineType or OperandType.InlineTok or OperandType.InlineMethod or OperandType.InlineField)
                if (Resolve(method.Module, BitConverter.ToInt32(il, pos), typeArgs, methodArgs) is { } t)
                    yield return t;
            pos += size;
        }
    }

    static Type? Resolve(Module module, int token, Type[]? typeArgs, Type[]? methodArgs)
    {
        try
        {
            return module.ResolveMember(token, typeArgs, methodArgs) switch
            {
                Type t => t,
                MemberInfo m => m.DeclaringType,
                _ => null,
            };
        }
        catch (Exception) { return null; } // a member of an assembly that is not loaded cannot be a PressMine type
    }

    static int OperandSize(OpCode op, byte[] il, int pos) => op.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, pos),
        _ => 4,
    };
}
