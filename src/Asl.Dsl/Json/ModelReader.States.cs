using System;
using System.Collections.Generic;
using System.Linq;
using Asl.Diagnostics;
using Asl.Model;

namespace Asl.Json;

internal sealed partial class ModelReader
{
    private static readonly FieldSet PassFields = new("Comment", "Type", "QueryLanguage", "InputPath", "Parameters", "Result",
        "ResultPath", "OutputPath", "Output", "Assign", "Next", "End");
    private static readonly FieldSet TaskFields = new("Comment", "Type", "QueryLanguage", "InputPath", "Resource", "Credentials",
        "Parameters", "Arguments", "TimeoutSeconds", "TimeoutSecondsPath", "HeartbeatSeconds", "HeartbeatSecondsPath",
        "ResultSelector", "ResultPath", "OutputPath", "Output", "Assign", "Retry", "Catch", "Next", "End");
    private static readonly FieldSet ChoiceFields = new("Comment", "Type", "QueryLanguage", "InputPath", "Choices", "Default",
        "OutputPath", "Output", "Assign");
    private static readonly FieldSet WaitFields = new("Comment", "Type", "QueryLanguage", "InputPath", "Seconds", "SecondsPath",
        "Timestamp", "TimestampPath", "OutputPath", "Output", "Assign", "Next", "End");
    private static readonly FieldSet SucceedFields = new("Comment", "Type", "QueryLanguage", "InputPath", "OutputPath", "Output");
    private static readonly FieldSet FailFields = new("Comment", "Type", "QueryLanguage", "Error", "ErrorPath", "Cause", "CausePath");
    private static readonly FieldSet ParallelFields = new("Comment", "Type", "QueryLanguage", "InputPath", "Parameters", "Arguments",
        "Branches", "ResultSelector", "ResultPath", "OutputPath", "Output", "Assign", "Retry", "Catch", "Next", "End");
    private static readonly FieldSet MapFields = new("Comment", "Type", "QueryLanguage", "InputPath", "ItemReader", "ItemsPath",
        "Items", "ItemSelector", "Parameters", "ItemBatcher", "MaxConcurrency", "MaxConcurrencyPath", "ToleratedFailurePercentage",
        "ToleratedFailurePercentagePath", "ToleratedFailureCount", "ToleratedFailureCountPath", "Label", "ItemProcessor", "Iterator",
        "ResultWriter", "ResultSelector", "ResultPath", "OutputPath", "Output", "Assign", "Retry", "Catch", "Next", "End");

    private static readonly string[] StateTypeNames =
    [
        StateTypes.Pass, StateTypes.Task, StateTypes.Choice, StateTypes.Wait,
        StateTypes.Succeed, StateTypes.Fail, StateTypes.Parallel, StateTypes.Map,
    ];

    /// <summary>One state; null (and reported) when it is not an object or has no valid Type.</summary>
    private State? ReadState(string name, JsonNode node, LazyPointer pointer)
    {
        if (!node.IsObject)
        {
            Report(AslRules.WrongJsonType, pointer, name, JsonValues.Describe(node), "an object (a state with a \"Type\")");
            return null;
        }
        if (ReadType(node, pointer) is not { } type) return null;

        State state;
        FieldSet allowed;
        switch (type)
        {
            case StateTypes.Pass: state = ReadPass(node, pointer); allowed = PassFields; break;
            case StateTypes.Task: state = ReadTask(node, pointer); allowed = TaskFields; break;
            case StateTypes.Choice: state = ReadChoice(node, pointer); allowed = ChoiceFields; break;
            case StateTypes.Wait: state = ReadWait(node, pointer); allowed = WaitFields; break;
            case StateTypes.Succeed: state = ReadSucceed(node, pointer); allowed = SucceedFields; break;
            case StateTypes.Fail: state = ReadFail(node, pointer); allowed = FailFields; break;
            case StateTypes.Parallel: state = ReadParallel(node, pointer); allowed = ParallelFields; break;
            default: state = ReadMap(node, pointer); allowed = MapFields; break;
        }
        foreach (var member in UnknownMembers(node, allowed)) ReportMisplacedField(member.Name, type, Field(pointer, member.Name), allowed);
        return state;
    }

    private string? ReadType(JsonNode node, LazyPointer pointer)
    {
        if (node.Find("Type") is not { } member)
        {
            Report(AslRules.InvalidStateType, pointer, "no \"Type\"");
            return null;
        }
        var typePointer = Field(pointer, "Type");
        if (!member.Value.IsString)
        {
            Report(AslRules.InvalidStateType, typePointer, "\"Type\" set to " + JsonValues.Describe(member.Value));
            return null;
        }
        var type = member.Value.Text!;
        foreach (var known in StateTypeNames)
        {
            if (known == type) return type;
            if (string.Equals(known, type, StringComparison.OrdinalIgnoreCase))
            {
                Report(AslRules.InvalidStateType, typePointer, $"\"Type\": \"{type}\" (types are case-sensitive; write \"{known}\")");
                return null;
            }
        }
        Report(AslRules.InvalidStateType, typePointer, $"\"Type\": \"{type}\"");
        return null;
    }

    /// <summary>Reports a field the state's type does not have, with the most specific rule that covers it.</summary>
    private void ReportMisplacedField(string name, string type, LazyPointer pointer, FieldSet allowed)
    {
        switch (name)
        {
            case "Next" or "End" when type is StateTypes.Choice:
                Report(AslRules.TransitionOnTerminalOrChoice, pointer, name, type,
                    "It moves on through the \"Next\" of its Choices and its \"Default\".");
                return;
            case "Next" or "End" when type is StateTypes.Succeed or StateTypes.Fail:
                Report(AslRules.TransitionOnTerminalOrChoice, pointer, name, type, "It always ends its part of the workflow.");
                return;
            case "Retry" or "Catch":
                Report(AslRules.RetryCatchNotAllowed, pointer, name, type);
                return;
            case "TimeoutSeconds" or "TimeoutSecondsPath" or "HeartbeatSeconds" or "HeartbeatSecondsPath":
                Report(AslRules.TimeoutOutsideTask, pointer, name, type);
                return;
            case "ResultSelector" or "Arguments" when type is StateTypes.Pass:
                Report(AslRules.PassFieldNotAllowed, pointer, name);
                return;
            case "Assign" or "Parameters" or "ResultPath" or "ResultSelector" when type is StateTypes.Succeed:
                Report(AslRules.SucceedFieldNotAllowed, pointer, name);
                return;
            case "InputPath" or "OutputPath" or "Output" or "Assign" when type is StateTypes.Fail:
                Report(AslRules.FailFieldNotAllowed, pointer, name);
                return;
            default:
                Report(AslRules.UnknownStateField, pointer, name, type, allowed.ToString());
                return;
        }
    }

    private bool ReadEnd(JsonNode node, LazyPointer pointer)
    {
        if (node.Find("End") is not { } member) return false;
        switch (member.Value.Kind)
        {
            case JsonNodeKind.True: return true;
            case JsonNodeKind.False: return false;
            default:
                Report(AslRules.EndNotBoolean, Field(pointer, "End"), JsonValues.Describe(member.Value));
                return false;
        }
    }

    private PassState ReadPass(JsonNode node, LazyPointer pointer) => new()
    {
        Comment = Comment(node, pointer),
        QueryLanguage = OptionalString(node, pointer, "QueryLanguage"),
        InputPath = OptionalPath(node, pointer, "InputPath"),
        Parameters = OptionalValue(node, "Parameters"),
        Result = OptionalValue(node, "Result"),
        ResultPath = OptionalPath(node, pointer, "ResultPath"),
        OutputPath = OptionalPath(node, pointer, "OutputPath"),
        Output = OptionalValue(node, "Output"),
        Assign = OptionalValue(node, "Assign"),
        Next = OptionalString(node, pointer, "Next"),
        End = ReadEnd(node, pointer),
    };

    private TaskState ReadTask(JsonNode node, LazyPointer pointer) =>
        new(RequiredString(node, pointer, "Resource", "A Task state", "the ARN of the service integration, Lambda function or activity to run"))
        {
            Comment = Comment(node, pointer),
            QueryLanguage = OptionalString(node, pointer, "QueryLanguage"),
            InputPath = OptionalPath(node, pointer, "InputPath"),
            Credentials = OptionalValue(node, "Credentials"),
            Parameters = OptionalValue(node, "Parameters"),
            Arguments = OptionalValue(node, "Arguments"),
            TimeoutSeconds = OptionalValue(node, "TimeoutSeconds"),
            TimeoutSecondsPath = OptionalString(node, pointer, "TimeoutSecondsPath"),
            HeartbeatSeconds = OptionalValue(node, "HeartbeatSeconds"),
            HeartbeatSecondsPath = OptionalString(node, pointer, "HeartbeatSecondsPath"),
            ResultSelector = OptionalValue(node, "ResultSelector"),
            ResultPath = OptionalPath(node, pointer, "ResultPath"),
            OutputPath = OptionalPath(node, pointer, "OutputPath"),
            Output = OptionalValue(node, "Output"),
            Assign = OptionalValue(node, "Assign"),
            Retry = ReadRetry(node, pointer),
            Catch = ReadCatch(node, pointer),
            Next = OptionalString(node, pointer, "Next"),
            End = ReadEnd(node, pointer),
        };

    private WaitState ReadWait(JsonNode node, LazyPointer pointer) => new()
    {
        Comment = Comment(node, pointer),
        QueryLanguage = OptionalString(node, pointer, "QueryLanguage"),
        InputPath = OptionalPath(node, pointer, "InputPath"),
        Seconds = OptionalValue(node, "Seconds"),
        SecondsPath = OptionalString(node, pointer, "SecondsPath"),
        Timestamp = OptionalValue(node, "Timestamp"),
        TimestampPath = OptionalString(node, pointer, "TimestampPath"),
        OutputPath = OptionalPath(node, pointer, "OutputPath"),
        Output = OptionalValue(node, "Output"),
        Assign = OptionalValue(node, "Assign"),
        Next = OptionalString(node, pointer, "Next"),
        End = ReadEnd(node, pointer),
    };

    private SucceedState ReadSucceed(JsonNode node, LazyPointer pointer) => new()
    {
        Comment = Comment(node, pointer),
        QueryLanguage = OptionalString(node, pointer, "QueryLanguage"),
        InputPath = OptionalPath(node, pointer, "InputPath"),
        OutputPath = OptionalPath(node, pointer, "OutputPath"),
        Output = OptionalValue(node, "Output"),
    };

    private FailState ReadFail(JsonNode node, LazyPointer pointer) => new()
    {
        Comment = Comment(node, pointer),
        QueryLanguage = OptionalString(node, pointer, "QueryLanguage"),
        Error = OptionalValue(node, "Error"),
        ErrorPath = OptionalString(node, pointer, "ErrorPath"),
        Cause = OptionalValue(node, "Cause"),
        CausePath = OptionalString(node, pointer, "CausePath"),
    };

    private ParallelState ReadParallel(JsonNode node, LazyPointer pointer) => new(ReadBranches(node, pointer))
    {
        Comment = Comment(node, pointer),
        QueryLanguage = OptionalString(node, pointer, "QueryLanguage"),
        InputPath = OptionalPath(node, pointer, "InputPath"),
        Parameters = OptionalValue(node, "Parameters"),
        Arguments = OptionalValue(node, "Arguments"),
        ResultSelector = OptionalValue(node, "ResultSelector"),
        ResultPath = OptionalPath(node, pointer, "ResultPath"),
        OutputPath = OptionalPath(node, pointer, "OutputPath"),
        Output = OptionalValue(node, "Output"),
        Assign = OptionalValue(node, "Assign"),
        Retry = ReadRetry(node, pointer),
        Catch = ReadCatch(node, pointer),
        Next = OptionalString(node, pointer, "Next"),
        End = ReadEnd(node, pointer),
    };

    private Collections.EquatableArray<Branch> ReadBranches(JsonNode node, LazyPointer pointer)
    {
        if (node.Find("Branches") is not { } member)
        {
            Report(AslRules.BranchesShape, pointer, "is missing");
            return default;
        }
        var branchesPointer = Field(pointer, "Branches");
        if (!member.Value.IsArray)
        {
            Report(AslRules.BranchesShape, branchesPointer, "is " + JsonValues.Describe(member.Value));
            return default;
        }
        var array = member.Value;
        branchesPointer = Written(branchesPointer);
        var branches = new List<Branch>(array.ItemCount);
        for (var i = 0; i < array.ItemCount; i++)
        {
            var itemPointer = Item(branchesPointer, i);
            var item = array.Item(i);
            if (item.IsObject) branches.Add(ReadBranch(item, itemPointer));
            else Report(AslRules.BranchesShape, itemPointer, $"item {i} is {JsonValues.Describe(item)}");
        }
        return Collections.EquatableArray<Branch>.UnsafeWrap(branches.ToArray());
    }
}
