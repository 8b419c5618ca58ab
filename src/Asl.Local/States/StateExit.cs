using Asl.Json;
using Asl.Local.Execution;
using Asl.Local.Errors;
using Asl.Local.History;
using Asl.Local.Json;
using Asl.Model;

namespace Asl.Local.States;

/// <summary>Records a state's exit event and makes its assigned variables visible to the states after it.</summary>
internal static class StateExit
{
    public static void Record(Frame frame, HistoryEventType type, string name, AslJson output, IReadOnlyList<KeyValuePair<string, AslJson>> assigned)
    {
        if (frame.OutputSize.Exceeds(output))
            throw new StatesError(ErrorNames.DataLimitExceeded,
                $"The state/task '{name}' returned a result with a size exceeding the maximum number of bytes service limit ({JsonSize.PayloadLimit} bytes). Pass large data by reference (for example an S3 object key).");
        Dictionary<string, AslJson>? variables = null;
        if (assigned.Count > 0)
        {
            variables = new Dictionary<string, AslJson>(assigned.Count, StringComparer.Ordinal);
            foreach (var (variable, value) in assigned) variables[variable] = value;
        }
        frame.Record(type, new EventData { Name = name, Output = output, AssignedVariables = variables });
        frame.Variables.SetAll(assigned);
    }
}
