using Asl.Diagnostics;
using Asl.Model;
using Asl.Paths;

namespace Asl.Validation;

// The path fields of JSONPath states: InputPath, OutputPath, ResultPath (also on Catchers), ItemsPath and the
// Reference Path fields of Task, Wait, Map, ItemReader, ItemBatcher and Fail. Which rule reports a bad value
// depends on the field: F01/F02 in general, F03 for ResultPath, E16 for Task, E53 for Wait, E71 for Fail.
internal sealed partial class PathRules
{
    /// <summary>What a path field requires.</summary>
    private enum PathField
    {
        /// <summary>Any path (InputPath, OutputPath).</summary>
        Path,
        /// <summary>A Reference Path (ItemsPath, MaxConcurrencyPath, ...): F01, F02.</summary>
        Reference,
        /// <summary>A Reference Path into the input: F01, F02, F03.</summary>
        Result,
        /// <summary>TimeoutSecondsPath, HeartbeatSecondsPath: E16.</summary>
        TaskSeconds,
        /// <summary>SecondsPath: E53.</summary>
        WaitSeconds,
        /// <summary>TimestampPath: E53.</summary>
        WaitTimestamp,
        /// <summary>ErrorPath, CausePath: a Reference Path or a string intrinsic (E71, L09).</summary>
        FailText,
    }

    private static void CheckPathFields(ValidationContext context, StateSite site)
    {
        var state = site.State;
        switch (state)
        {
            case FlowState flow:
                CheckNullablePath(context, site, "InputPath", flow.InputPath, PathField.Path);
                CheckNullablePath(context, site, "OutputPath", flow.OutputPath, PathField.Path);
                break;
            case ChoiceState choice:
                CheckNullablePath(context, site, "InputPath", choice.InputPath, PathField.Path);
                CheckNullablePath(context, site, "OutputPath", choice.OutputPath, PathField.Path);
                break;
            case SucceedState succeed:
                CheckNullablePath(context, site, "InputPath", succeed.InputPath, PathField.Path);
                CheckNullablePath(context, site, "OutputPath", succeed.OutputPath, PathField.Path);
                break;
            case FailState fail:
                CheckStatePath(context, site, "ErrorPath", fail.ErrorPath, PathField.FailText);
                CheckStatePath(context, site, "CausePath", fail.CausePath, PathField.FailText);
                break;
        }

        switch (state)
        {
            case PassState pass:
                CheckNullablePath(context, site, "ResultPath", pass.ResultPath, PathField.Result);
                break;
            case WaitState wait:
                CheckStatePath(context, site, "SecondsPath", wait.SecondsPath, PathField.WaitSeconds);
                CheckStatePath(context, site, "TimestampPath", wait.TimestampPath, PathField.WaitTimestamp);
                break;
            case WorkState work:
                CheckNullablePath(context, site, "ResultPath", work.ResultPath, PathField.Result);
                for (var i = 0; i < work.Catch.Count; i++)
                {
                    if (work.Catch[i].ResultPath is not { IsNull: false } catchPath || catchPath.Path is null) continue;
                    var pointer = LazyPointer.Child(LazyPointer.To(site), "Catch").Item(i).Member("ResultPath");
                    CheckPath(context, site, "ResultPath", catchPath.Path, pointer, PathField.Result);
                }
                break;
        }

        if (state is TaskState task)
        {
            CheckStatePath(context, site, "TimeoutSecondsPath", task.TimeoutSecondsPath, PathField.TaskSeconds);
            CheckStatePath(context, site, "HeartbeatSecondsPath", task.HeartbeatSecondsPath, PathField.TaskSeconds);
        }
        else if (state is MapState map)
        {
            CheckMapPathFields(context, site, map);
        }
    }

    private static void CheckMapPathFields(ValidationContext context, StateSite site, MapState map)
    {
        CheckStatePath(context, site, "ItemsPath", map.ItemsPath, PathField.Reference);
        CheckStatePath(context, site, "MaxConcurrencyPath", map.MaxConcurrencyPath, PathField.Reference);
        CheckStatePath(context, site, "ToleratedFailureCountPath", map.ToleratedFailureCountPath, PathField.Reference);
        CheckStatePath(context, site, "ToleratedFailurePercentagePath", map.ToleratedFailurePercentagePath, PathField.Reference);
        if (map.ItemReader?.ReaderConfig is { } reader)
        {
            var pointer = site.FieldPointer("ItemReader").Member("ReaderConfig").Member("MaxItemsPath");
            CheckPath(context, site, "MaxItemsPath", reader.MaxItemsPath, pointer, PathField.Reference);
        }
        if (map.ItemBatcher is { } batcher)
        {
            var batcherPointer = site.FieldPointer("ItemBatcher");
            CheckPath(context, site, "MaxItemsPerBatchPath", batcher.MaxItemsPerBatchPath,
                batcherPointer.Member("MaxItemsPerBatchPath"), PathField.Reference);
            CheckPath(context, site, "MaxInputBytesPerBatchPath", batcher.MaxInputBytesPerBatchPath,
                batcherPointer.Member("MaxInputBytesPerBatchPath"), PathField.Reference);
        }
    }

    /// <summary>A path field of the state itself; its pointer is built only when it is set.</summary>
    private static void CheckStatePath(ValidationContext context, StateSite site, string field, string? text, PathField kind)
    {
        if (text is not null) CheckPath(context, site, field, text, site.FieldPointer(field), kind);
    }

    private static void CheckNullablePath(ValidationContext context, StateSite site, string field, PathOrNull? value, PathField kind)
    {
        if (value is { IsNull: false }) CheckPath(context, site, field, value.Path, site.FieldPointer(field), kind);
    }

    private static void CheckPath(ValidationContext context, StateSite site, string field, string? text, LazyPointer pointer, PathField kind)
    {
        if (text is null || Values.IsPlaceholder(text)) return;

        if (PayloadExpressions.Classify(text) == PayloadExpressionKind.IntrinsicCall)
        {
            if (kind == PathField.FailText) CheckFailIntrinsic(context, field, text, pointer);
            else context.Report(AslRules.IntrinsicInPathField, pointer, field, CallName(text));
            return;
        }
        if (PlainPath.IsPlainInputPath(text)) return;

        var parsed = context.Parsed.Path(text);
        if (!parsed.Success)
        {
            if (ReportedAsUnquotedFilterWord(context, field, text, parsed.Error, parsed.ErrorOffset, pointer)) return;
            var detail = ParseErrorText.Describe(text, parsed.Error, parsed.ErrorOffset);
            ReportBadPath(context, field, text, pointer, kind, "is not a valid path " + detail, detail);
            return;
        }

        var path = parsed.Path;
        if (kind == PathField.Result && path.Root != PathRoot.Input)
        {
            context.Report(AslRules.ResultPathOutsideInput, pointer, text,
                path.Root == PathRoot.Context ? "the context object ($$)" : $"the variable \"{path.VariableName}\"");
        }
        else if (kind != PathField.Path && PathFacts.NonReferenceReason(path) is { } reason)
        {
            ReportBadPath(context, field, text, pointer, kind, reason, null);
        }
        CheckMapContext(context, field, path, pointer, allowed: false);
    }

    /// <summary>Reports a path that does not parse (<paramref name="parseDetail"/> set) or is no Reference Path.</summary>
    private static void ReportBadPath(ValidationContext context, string field, string text, LazyPointer pointer, PathField kind, string reason, string? parseDetail)
    {
        switch (kind)
        {
            case PathField.TaskSeconds:
                context.Report(AslRules.TaskSecondsPathNotReference, pointer, field, text, reason);
                break;
            case PathField.WaitSeconds:
                context.Report(AslRules.WaitPathNotReference, pointer, field, "a number of seconds", text, reason, "$.waitSeconds");
                break;
            case PathField.WaitTimestamp:
                context.Report(AslRules.WaitPathNotReference, pointer, field, "a timestamp", text, reason, "$.resumeAt");
                break;
            case PathField.FailText:
                context.Report(AslRules.FailPathInvalid, pointer, field, text, reason);
                break;
            default:
                if (parseDetail is not null) context.Report(AslRules.InvalidPath, pointer, field, parseDetail);
                else context.Report(AslRules.NotReferencePath, pointer, field, text, reason);
                break;
        }
    }

    /// <summary>ErrorPath and CausePath may call an intrinsic function that returns a string (E71, L07, L09).</summary>
    private static void CheckFailIntrinsic(ValidationContext context, string field, string text, LazyPointer pointer)
    {
        var parsed = context.Parsed.Call(text);
        if (!parsed.Success)
        {
            if (!ReportedAsUnquotedFilterWord(context, field, text, parsed.Error, parsed.ErrorOffset, pointer))
                ReportUnparsedCall(context, field, text, parsed.Error, parsed.ErrorOffset, parsed.NestingTooDeep, pointer);
            return;
        }
        CheckCall(context, field, parsed.Call, pointer, allowMapContext: false);
        if (parsed.Call.Function is { } function
            && function.ResultKind is not (IntrinsicResultKind.String or IntrinsicResultKind.ArrayItem))
        {
            context.Report(AslRules.ErrorPathIntrinsicNotString, pointer, field, function.Name, ResultText(function.ResultKind));
        }
    }

    private static string ResultText(IntrinsicResultKind kind) => kind switch
    {
        IntrinsicResultKind.Number => "a number",
        IntrinsicResultKind.Boolean => "a boolean",
        IntrinsicResultKind.Array => "an array",
        IntrinsicResultKind.Object => "an object",
        IntrinsicResultKind.ParsedJson => "the parsed JSON value",
        _ => "a string",
    };

    /// <summary>The function name at the start of an intrinsic call's text.</summary>
    private static string CallName(string text)
    {
        var end = text.IndexOf('(');
        return end < 0 ? text : text.Substring(0, end);
    }

    /// <summary>F11: <c>$$.Map...</c> outside a Map's ItemSelector.</summary>
    private static void CheckMapContext(ValidationContext context, string field, JsonPath path, LazyPointer pointer, bool allowed)
    {
        if (!allowed && PathFacts.MapContextRead(path) is { } read)
            context.Report(AslRules.MapContextOutsideItemSelector, pointer, field, read.ToString());
    }
}
