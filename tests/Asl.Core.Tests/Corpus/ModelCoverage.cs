using System.Collections;
using System.Reflection;
using Asl.Collections;
using Asl.Json;
using Asl.Model;

namespace Asl.Core.Tests.Corpus;

/// <summary>
/// Finds, by reflection, every settable field of every model type reachable from <see cref="StateMachine"/>,
/// and which of them hold a non-default value in a given model. New model fields are picked up
/// automatically, so the corpus must grow with the model.
/// </summary>
internal static class ModelCoverage
{
    /// <summary>"Type.Property" for every settable property of every concrete model type.</summary>
    public static IReadOnlySet<string> AllFields { get; } = CollectFields();

    /// <summary>Adds "Type.Property" to <paramref name="set"/> for every non-default field in <paramref name="model"/>.</summary>
    public static void AddSetFields(object model, ISet<string> set)
    {
        var type = model.GetType();
        foreach (var property in Settable(type))
        {
            var value = property.GetValue(model);
            if (IsSet(value)) set.Add(type.Name + "." + property.Name);
            foreach (var child in Children(value)) AddSetFields(child, set);
        }
    }

    private static bool IsSet(object? value) => value switch
    {
        null => false,
        bool b => b,
        IEnumerable and not string and not AslJson => ((IEnumerable)value).Cast<object>().Any(),
        Enum e => Convert.ToInt32(e) != 0,
        _ => true,
    };

    private static IEnumerable<object> Children(object? value)
    {
        if (value is null || value is AslJson || value is string) return [];
        if (value is IEnumerable items) return items.Cast<object>().Where(IsModel);
        return IsModel(value) ? [value] : [];
    }

    private static bool IsModel(object value) => IsModelType(value.GetType());

    private static bool IsModelType(Type type) => type.Namespace == typeof(StateMachine).Namespace && !type.IsEnum && type != typeof(string);

    private static IEnumerable<PropertyInfo> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0);

    private static IReadOnlySet<string> CollectFields()
    {
        var fields = new HashSet<string>();
        var pending = new Queue<Type>([typeof(StateMachine)]);
        var seen = new HashSet<Type>();
        while (pending.Count > 0)
        {
            var type = pending.Dequeue();
            if (!seen.Add(type)) continue;
            if (type.IsAbstract)
            {
                foreach (var concrete in type.Assembly.GetTypes().Where(t => !t.IsAbstract && type.IsAssignableFrom(t)))
                    pending.Enqueue(concrete);
                continue;
            }
            foreach (var property in Settable(type))
            {
                fields.Add(type.Name + "." + property.Name);
                var element = ElementType(property.PropertyType);
                if (IsModelType(element)) pending.Enqueue(element);
            }
        }
        return fields;
    }

    private static Type ElementType(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>)) return type.GetGenericArguments()[0];
        return type;
    }
}
