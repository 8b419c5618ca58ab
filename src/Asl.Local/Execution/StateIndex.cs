using System.Runtime.CompilerServices;
using Asl.Model;

namespace Asl.Local.Execution;

/// <summary>The states of each container by name, built once per container.</summary>
internal static class StateIndex
{
    private static readonly ConditionalWeakTable<IStateContainer, Dictionary<string, NamedState>> Cache = new();

    public static Dictionary<string, NamedState> Of(IStateContainer container)
        => Cache.GetValue(container, static c =>
        {
            var states = new Dictionary<string, NamedState>(StringComparer.Ordinal);
            foreach (var named in c.States) states.TryAdd(named.Name, named);
            return states;
        });
}
