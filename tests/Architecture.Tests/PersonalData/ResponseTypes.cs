using System.Collections;
using System.Reflection;
using Mediator;

namespace DeputyPortal.Architecture.Tests.PersonalData;

/// <summary>
/// The types an answer can be made of: what handlers answer (the T of every IRequest/ICommand/IQuery&lt;T&gt; in an
/// assembly), or every public type of a namespace (for answers built outside the mediator, such as the OData entity
/// sets), and every type reachable from those through public properties, generic arguments and element types.
/// </summary>
public static class ResponseTypes
{
    /// <summary>The T of each message type in the assembly that answers T.</summary>
    public static IEnumerable<Type> AnsweredByHandlersIn(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && t.IsAssignableTo(typeof(IMessage)))
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.Namespace == typeof(IMessage).Namespace && i.GetGenericArguments().Length == 1)
            .Select(i => i.GetGenericArguments()[0])
            .Distinct();

    /// <summary>Every public type of a namespace (and the namespaces below it).</summary>
    public static IEnumerable<Type> InNamespace(Assembly assembly, string ns) =>
        assembly.GetExportedTypes().Where(t => t.Namespace == ns || t.Namespace?.StartsWith(ns + ".", StringComparison.Ordinal) == true);

    /// <summary>The roots and every project type reachable from them, each once.</summary>
    public static IReadOnlyCollection<Type> ReachableFrom(IEnumerable<Type> roots)
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>(roots);
        while (pending.TryPop(out var type))
        {
            foreach (var part in PartsOf(type))
            {
                if (IsProjectType(part) && seen.Add(part))
                {
                    foreach (var property in PublicProperties(part))
                    {
                        pending.Push(property.PropertyType);
                    }
                }
            }
        }

        return seen;
    }

    public static IEnumerable<PropertyInfo> PublicProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0);

    /// <summary>The type itself, or what it is made of: T of T?, T[], List&lt;T&gt;, PagedList&lt;T&gt;, Dictionary&lt;K, V&gt;…</summary>
    public static IEnumerable<Type> PartsOf(Type type)
    {
        if (type.IsArray)
        {
            return PartsOf(type.GetElementType()!);
        }

        if (type.IsGenericType)
        {
            var arguments = type.GetGenericArguments().SelectMany(PartsOf);
            return IsProjectType(type) ? arguments.Prepend(type) : arguments;
        }

        return [type];
    }

    /// <summary>What a string-valued property holds: a string itself, or strings in a collection.</summary>
    public static bool HoldsStrings(Type type) =>
        type == typeof(string)
        || (type != typeof(string) && type.IsAssignableTo(typeof(IEnumerable)) && PartsOf(type).Contains(typeof(string)));

    private static bool IsProjectType(Type type) =>
        type.Namespace?.StartsWith("DeputyPortal", StringComparison.Ordinal) == true && !type.IsEnum;
}
