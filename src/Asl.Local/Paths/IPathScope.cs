using Asl.Json;

namespace Asl.Local.Paths;

/// <summary>The roots a path can start from: <c>$</c>, <c>$$</c> and <c>$name</c>.</summary>
internal interface IPathScope
{
    /// <summary>The value <c>$</c> stands for.</summary>
    AslJson Input { get; }

    /// <summary>The Context Object (<c>$$</c>).</summary>
    AslJson ContextObject { get; }

    /// <summary>
    /// Evaluates a definite path on the Context Object, building only the part the path reads; false when the
    /// path does not match.
    /// </summary>
    bool TryWalkContext(Asl.Paths.JsonPath path, out AslJson value);

    /// <summary>Looks a workflow variable up in this scope and its enclosing scopes.</summary>
    bool TryGetVariable(string name, out AslJson value);
}
