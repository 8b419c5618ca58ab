using Asl.Model;

namespace Asl.Writing;

public static partial class AslWriter
{
    private static void WriteState(JsonTextBuilder json, State state)
    {
        json.BeginObject();
        OptionalString(json, "Comment", state.Comment);
        json.Name("Type");
        json.String(state.Type);
        OptionalString(json, "QueryLanguage", state.QueryLanguage);
        switch (state)
        {
            case PassState pass:
                OptionalPath(json, "InputPath", pass.InputPath);
                OptionalValue(json, "Parameters", pass.Parameters);
                OptionalValue(json, "Result", pass.Result);
                OptionalPath(json, "ResultPath", pass.ResultPath);
                WriteFlowTail(json, pass);
                break;
            case TaskState task:
                OptionalPath(json, "InputPath", task.InputPath);
                json.Name("Resource");
                json.String(task.Resource);
                OptionalValue(json, "Credentials", task.Credentials);
                OptionalValue(json, "Parameters", task.Parameters);
                OptionalValue(json, "Arguments", task.Arguments);
                OptionalValue(json, "TimeoutSeconds", task.TimeoutSeconds);
                OptionalString(json, "TimeoutSecondsPath", task.TimeoutSecondsPath);
                OptionalValue(json, "HeartbeatSeconds", task.HeartbeatSeconds);
                OptionalString(json, "HeartbeatSecondsPath", task.HeartbeatSecondsPath);
                WriteWorkTail(json, task);
                break;
            case ChoiceState choice:
                OptionalPath(json, "InputPath", choice.InputPath);
                WriteChoices(json, choice);
                OptionalString(json, "Default", choice.Default);
                OptionalPath(json, "OutputPath", choice.OutputPath);
                OptionalValue(json, "Output", choice.Output);
                OptionalValue(json, "Assign", choice.Assign);
                break;
            case WaitState wait:
                OptionalPath(json, "InputPath", wait.InputPath);
                OptionalValue(json, "Seconds", wait.Seconds);
                OptionalString(json, "SecondsPath", wait.SecondsPath);
                OptionalValue(json, "Timestamp", wait.Timestamp);
                OptionalString(json, "TimestampPath", wait.TimestampPath);
                WriteFlowTail(json, wait);
                break;
            case SucceedState succeed:
                OptionalPath(json, "InputPath", succeed.InputPath);
                OptionalPath(json, "OutputPath", succeed.OutputPath);
                OptionalValue(json, "Output", succeed.Output);
                break;
            case FailState fail:
                OptionalValue(json, "Error", fail.Error);
                OptionalString(json, "ErrorPath", fail.ErrorPath);
                OptionalValue(json, "Cause", fail.Cause);
                OptionalString(json, "CausePath", fail.CausePath);
                break;
            case ParallelState parallel:
                OptionalPath(json, "InputPath", parallel.InputPath);
                OptionalValue(json, "Parameters", parallel.Parameters);
                OptionalValue(json, "Arguments", parallel.Arguments);
                json.Name("Branches");
                json.BeginArray();
                for (var i = 0; i < parallel.Branches.Count; i++) WriteBranch(json, parallel.Branches[i]);
                json.EndArray();
                WriteWorkTail(json, parallel);
                break;
            case MapState map:
                WriteMapBody(json, map);
                WriteWorkTail(json, map);
                break;
        }
        json.EndObject();
    }

    /// <summary>ResultSelector, ResultPath, then the flow tail with Retry and Catch before Next/End.</summary>
    private static void WriteWorkTail(JsonTextBuilder json, WorkState state)
    {
        OptionalValue(json, "ResultSelector", state.ResultSelector);
        OptionalPath(json, "ResultPath", state.ResultPath);
        OptionalPath(json, "OutputPath", state.OutputPath);
        OptionalValue(json, "Output", state.Output);
        OptionalValue(json, "Assign", state.Assign);
        WriteRetry(json, state);
        WriteCatch(json, state);
        WriteTransition(json, state);
    }

    /// <summary>OutputPath, Output, Assign, Next, End for Pass and Wait (their ResultPath, if any, is written before).</summary>
    private static void WriteFlowTail(JsonTextBuilder json, FlowState state)
    {
        OptionalPath(json, "OutputPath", state.OutputPath);
        OptionalValue(json, "Output", state.Output);
        OptionalValue(json, "Assign", state.Assign);
        WriteTransition(json, state);
    }

    private static void WriteTransition(JsonTextBuilder json, FlowState state)
    {
        OptionalString(json, "Next", state.Next);
        if (!state.End) return;
        json.Name("End");
        json.Bool(true);
    }
}
