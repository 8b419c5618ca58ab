using System.Collections.Generic;
using Asl.Diagnostics;
using Asl.Model;

namespace Asl.Json;

/// <summary>What <see cref="AslReader"/> made of a definition: the model, where each node is, and shape findings.</summary>
public sealed class AslReadResult
{
    internal AslReadResult(StateMachine? machine, SourceMap locations, IReadOnlyList<AslDiagnostic> diagnostics, bool isParseFailure)
    {
        Machine = machine;
        Locations = locations;
        Diagnostics = diagnostics;
        IsParseFailure = isParseFailure;
    }

    /// <summary>
    /// The best model the reader could build, or null when the text is not a JSON object (see
    /// <see cref="IsParseFailure"/> and <see cref="Diagnostics"/>). A definition with shape errors still has a
    /// model: fields that could not be read are left out and missing required fields hold empty values.
    /// </summary>
    public StateMachine? Machine { get; }

    /// <summary>Line and column of every node, by JSON pointer.</summary>
    public SourceMap Locations { get; }

    /// <summary>
    /// Shape findings: invalid JSON, empty text, a root that is not an object, duplicate keys, unknown or
    /// misplaced fields, missing required fields, and fields of the wrong JSON type. Validation findings come
    /// from <c>AslValidator</c>, run on <see cref="Machine"/>.
    /// </summary>
    public IReadOnlyList<AslDiagnostic> Diagnostics { get; }

    /// <summary>True when the text could not be read as JSON at all (empty, unreadable, invalid UTF-8 or
    /// syntax, or nested too deeply); <see cref="Machine"/> is then null.</summary>
    public bool IsParseFailure { get; }

    /// <summary>True when any finding is an error.</summary>
    public bool HasErrors
    {
        get
        {
            foreach (var diagnostic in Diagnostics)
                if (diagnostic.Severity == AslSeverity.Error) return true;
            return false;
        }
    }
}
