using System.Collections.Generic;
using System.Linq;
using Asl.Collections;
using Asl.Diagnostics;
using Asl.Model;

namespace Asl.Json;

internal sealed partial class ModelReader
{
    private static readonly FieldSet MachineFields = new("Comment", "QueryLanguage", "Version", "TimeoutSeconds", "StartAt", "States");
    private static readonly FieldSet BranchFields = new("Comment", "StartAt", "States");
    private static readonly FieldSet ProcessorFields = new("Comment", "ProcessorConfig", "StartAt", "States");
    private static readonly FieldSet ProcessorConfigFields = new("Mode", "ExecutionType");

    public StateMachine ReadMachine(JsonNode root)
    {
        const string pointer = JsonPointer.Root;
        string? comment = null;
        if (root.Find("Comment") is { } commentMember)
        {
            if (commentMember.Value.IsString) comment = commentMember.Value.Text;
            else Report(AslRules.TopLevelCommentNotString, Field(pointer, "Comment"), JsonValues.Describe(commentMember.Value));
        }
        foreach (var member in UnknownMembers(root, MachineFields))
            Report(AslRules.UnknownTopLevelField, Field(pointer, member.Name), member.Name);

        return new StateMachine(StartAt(root, pointer), States(root, pointer))
        {
            Comment = comment,
            QueryLanguage = OptionalString(root, pointer, "QueryLanguage"),
            Version = OptionalString(root, pointer, "Version"),
            TimeoutSeconds = OptionalValue(root, "TimeoutSeconds"),
        };
    }

    private Branch ReadBranch(JsonNode node, LazyPointer pointer)
    {
        foreach (var member in UnknownMembers(node, BranchFields))
            Report(AslRules.UnknownNestedMachineField, Field(pointer, member.Name), member.Name, "a Parallel branch", BranchFields.ToString());
        return new Branch(StartAt(node, pointer), States(node, pointer)) { Comment = Comment(node, pointer) };
    }

    /// <summary>An ItemProcessor, or (when <paramref name="isIterator"/>) the legacy Iterator, which has no ProcessorConfig.</summary>
    private ItemProcessor ReadProcessor(JsonNode node, LazyPointer pointer, bool isIterator)
    {
        // ProcessorConfig in an Iterator is read anyway, so that the validator can say why it does not belong (J03).
        var allowed = ProcessorFields;
        var owner = isIterator ? "an Iterator" : "an ItemProcessor";
        foreach (var member in UnknownMembers(node, allowed))
        {
            if (member.Name == "QueryLanguage") Report(AslRules.QueryLanguageInProcessor, Field(pointer, member.Name), owner);
            else Report(AslRules.UnknownNestedMachineField, Field(pointer, member.Name), member.Name, owner, allowed.ToString());
        }
        return new ItemProcessor(StartAt(node, pointer), States(node, pointer))
        {
            Comment = Comment(node, pointer),
            ProcessorConfig = ReadProcessorConfig(node, pointer),
        };
    }

    private ProcessorConfig? ReadProcessorConfig(JsonNode processor, LazyPointer processorPointer)
    {
        if (OptionalObject(processor, processorPointer, "ProcessorConfig") is not { } node) return null;
        var pointer = Field(processorPointer, "ProcessorConfig");
        ReportUnknownObjectFields(node, pointer, ProcessorConfigFields, "ProcessorConfig");
        return new ProcessorConfig
        {
            Mode = OptionalString(node, pointer, "Mode"),
            ExecutionType = OptionalString(node, pointer, "ExecutionType"),
        };
    }

    private string StartAt(JsonNode container, LazyPointer pointer)
    {
        if (container.Find("StartAt") is not { } member)
        {
            Report(AslRules.StartAtMissingOrNotString, pointer, "missing");
            return "";
        }
        if (member.Value.IsString) return member.Value.Text!;
        Report(AslRules.StartAtMissingOrNotString, Field(pointer, "StartAt"), JsonValues.Describe(member.Value));
        return "";
    }

    /// <summary>The states of a container, in text order; a repeated state name keeps its last definition.</summary>
    private EquatableArray<NamedState> States(JsonNode container, LazyPointer pointer)
    {
        if (container.Find("States") is not { } member)
        {
            Report(AslRules.StatesMissingOrNotObject, pointer, "missing");
            return EquatableArray<NamedState>.Empty;
        }
        var statesPointer = Field(pointer, "States");
        var node = member.Value;
        if (!node.IsObject)
        {
            Report(AslRules.StatesMissingOrNotObject, statesPointer, JsonValues.Describe(node));
            return EquatableArray<NamedState>.Empty;
        }
        statesPointer = Written(statesPointer);
        var count = node.MemberCount;
        var states = new List<NamedState>(count);
        for (var i = 0; i < count; i++)
        {
            if (node.IsShadowed(i)) continue;
            var entry = node.Member(i);
            var state = ReadState(entry.Name, entry.Value, Field(statesPointer, entry.Name));
            if (state is not null) states.Add(new NamedState(entry.Name, state));
        }
        return EquatableArray<NamedState>.UnsafeWrap(states.ToArray());
    }
}
