using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Asl.JsonAta;
using Asl.Model;

namespace Asl.Local.Jsonata;

/// <summary>
/// Parsed expressions, kept per state machine definition: each expression of a definition is parsed once, and the
/// parses go when the definition does (a long-running endpoint does not keep every expression it ever saw).
/// </summary>
internal static class JsonAtaCache
{
    private static readonly ConditionalWeakTable<StateMachine, ConcurrentDictionary<string, JsonAtaParseResult>> ByDefinition = new();

    public static JsonAtaParseResult Parse(StateMachine definition, string expression) =>
        ByDefinition.GetValue(definition, static _ => new ConcurrentDictionary<string, JsonAtaParseResult>(StringComparer.Ordinal))
            .GetOrAdd(expression, JsonAtaParser.Parse);
}
