using System.Text;
using Asl.Json;
using Asl.Model;
using static Asl.Cli.Import.CSharpValues;

namespace Asl.Cli.Import;

/// <summary>
/// Turns an ASL model into a <c>[StateMachine]</c> class whose Define() builds the same definition with the fluent API:
/// states in their order as one chain (<c>Then</c> links a state to the one after it; other transitions are named),
/// Choice rules as Conditions, Parallel branches and Map processors as nested chains, Retry and Catch, payloads as C#
/// objects with their dynamic values. What the fluent API cannot write as it is throws
/// <see cref="ImportNotSupportedException"/> naming the state and the field: the output is never a different machine.
/// </summary>
internal sealed class CSharpImporter
{
    /// <summary>The comparisons with a helper of their own on Condition; the others are written with Condition.Compare.</summary>
    private static readonly HashSet<string> Helpers = new(StringComparer.Ordinal)
    {
        "StringEquals", "StringEqualsPath", "StringLessThan", "StringGreaterThan", "StringLessThanEquals", "StringGreaterThanEquals",
        "StringMatches", "NumericEquals", "NumericEqualsPath", "NumericLessThan", "NumericGreaterThan", "NumericLessThanEquals",
        "NumericGreaterThanEquals", "BooleanEquals", "BooleanEqualsPath", "TimestampEquals", "TimestampLessThan", "TimestampGreaterThan",
        "IsNull", "IsPresent", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp",
    };

    private readonly bool _machineJsonAta;

    private CSharpImporter(StateMachine machine) => _machineJsonAta = machine.QueryLanguage == QueryLanguages.JsonAta;

    /// <summary>The C# source of one class.</summary>
    /// <exception cref="ImportNotSupportedException">Something the fluent API cannot write.</exception>
    public static string Import(StateMachine machine, string className, string? ns, string? machineName)
    {
        var importer = new CSharpImporter(machine);
        var attribute = new List<string>();
        if (machineName is not null && machineName != className) attribute.Add("Name = " + String(machineName));
        if (machine.QueryLanguage == QueryLanguages.JsonAta) attribute.Add("QueryLanguage = QueryLanguage.JsonAta");
        else if (machine.QueryLanguage is not null) attribute.Add("QueryLanguage = QueryLanguage.JsonPath");
        if (machine.Comment is not null) attribute.Add("Comment = " + String(machine.Comment));
        if (machine.TimeoutSeconds is not null)
        {
            if (machine.TimeoutSeconds is not AslJsonNumber { } timeout || !timeout.TryGetInt64(out var seconds) || seconds is < 1 or > int.MaxValue)
                throw new ImportNotSupportedException("the machine", "TimeoutSeconds", "only a whole number of seconds can be set on [StateMachine]");
            attribute.Add("TimeoutSeconds = " + seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var body = importer.Chain(machine, "Workflow", "        ");
        var version = machine.Version is null ? "" : "\n        .Version(" + String(machine.Version) + ")";

        var code = new StringBuilder();
        if (body.Contains("new Dictionary<string, object>", StringComparison.Ordinal)) code.AppendLine("using System.Collections.Generic;");
        code.AppendLine("using Asl;");
        code.AppendLine("using static Asl.States;");
        code.AppendLine();
        if (ns is not null) code.Append("namespace ").Append(ns).AppendLine(";").AppendLine();
        code.Append("[StateMachine").Append(attribute.Count == 0 ? "" : "(" + string.Join(", ", attribute) + ")").AppendLine("]");
        code.Append("public partial class ").Append(className).AppendLine(" : IStateMachine");
        code.AppendLine("{");
        code.Append("    public static Workflow Define() => ").Append(body).Append(version).AppendLine(";");
        code.AppendLine("}");
        return code.ToString();
    }

    /// <summary>
    /// The states of a container as one chain: <c>{start}.StartWith(first).Then(second)...</c>. The first state must be
    /// StartAt; a state whose Next is the state after it is linked by Then, any other transition is written out.
    /// </summary>
    private string Chain(IStateContainer container, string start, string indent)
    {
        var states = container.States;
        if (states.Count == 0) throw new ImportNotSupportedException("the machine", "States", "there are no states");
        var ordered = states.Where(s => s.Name == container.StartAt).Concat(states.Where(s => s.Name != container.StartAt)).ToList();
        if (ordered[0].Name != container.StartAt)
            throw new ImportNotSupportedException("the machine", "StartAt", $"\"{container.StartAt}\" is not one of the states");
        var code = new StringBuilder(start);
        for (var i = 0; i < ordered.Count; i++)
        {
            var following = i + 1 < ordered.Count ? ordered[i + 1].Name : null;
            var isLast = i == ordered.Count - 1;
            var state = State(ordered[i], following, isLast, indent + "    ");
            code.Append('\n').Append(indent).Append(i == 0 ? ".StartWith(" : ".Then(").Append(state).Append(')');
        }
        return code.ToString();
    }

    private string State(NamedState named, string? following, bool isLast, string indent)
    {
        var name = named.Name;
        var where = $"state \"{name}\"";
        var calls = new List<string>();
        var jsonAta = named.State.QueryLanguage is { } own ? own == QueryLanguages.JsonAta : _machineJsonAta;
        string head;
        switch (named.State)
        {
            case PassState pass:
                head = $"Pass({String(name)})";
                if (pass.Result is { } result) calls.Add($"Result({Value(result, where, "Result", false, indent)})");
                if (pass.Parameters is { } parameters) calls.Add($"Parameters({Value(parameters, where, "Parameters", true, indent)})");
                if (pass.ResultPath is { } resultPath) calls.Add($"ResultPath({Path(resultPath)})");
                Flow(pass, where, following, isLast, jsonAta, calls, indent);
                break;
            case TaskState task:
                head = $"Task({String(name)}, {String(task.Resource)})";
                Work(task, where, jsonAta, calls, indent);
                if (task.Arguments is { } arguments) calls.Add($"Arguments({Value(arguments, where, "Arguments", false, indent)})");
                Seconds(calls, "TimeoutSeconds", task.TimeoutSeconds, task.TimeoutSecondsPath, where);
                Seconds(calls, "HeartbeatSeconds", task.HeartbeatSeconds, task.HeartbeatSecondsPath, where);
                if (task.Credentials is { } credentials)
                {
                    calls.Add(credentials switch
                    {
                        AslJsonObject { Properties: [{ Name: "RoleArn", Value: AslJsonString role }] } => $"Credentials({String(role.Value)})",
                        AslJsonObject { Properties: [{ Name: "RoleArn.$", Value: AslJsonString path }] } when !jsonAta => $"Credentials({Dynamic(path.Value)})",
                        _ => throw new ImportNotSupportedException(where, "Credentials", "only { \"RoleArn\": ... } with one ARN, fixed or from a path, can be written (.Credentials(roleArn))"),
                    });
                }
                Flow(task, where, following, isLast, jsonAta, calls, indent);
                break;
            case ParallelState parallel:
                head = $"Parallel({String(name)})";
                foreach (var branch in parallel.Branches)
                {
                    if (branch.Comment is not null) throw new ImportNotSupportedException(where, "Branches/Comment", "a branch has no comment in the fluent API");
                    calls.Add($"Branch(branch => {Chain(branch, "branch", indent + "    ")})");
                }
                Work(parallel, where, jsonAta, calls, indent);
                if (parallel.Arguments is { } parallelArguments) calls.Add($"Arguments({Value(parallelArguments, where, "Arguments", false, indent)})");
                Flow(parallel, where, following, isLast, jsonAta, calls, indent);
                break;
            case MapState map:
                head = $"Map({String(name)})";
                Map(map, where, calls, indent);
                Work(map, where, jsonAta, calls, indent);
                Flow(map, where, following, isLast, jsonAta, calls, indent);
                break;
            case WaitState wait:
                head = $"Wait({String(name)})";
                if (wait.Seconds is AslJsonNumber seconds && seconds.TryGetInt64(out var s) && s is >= 0 and <= int.MaxValue) calls.Add($"Seconds({s})");
                else if (wait.Seconds is AslJsonString secondsExpression) calls.Add($"Seconds({String(secondsExpression.Value)})");
                else if (wait.Seconds is not null) throw new ImportNotSupportedException(where, "Seconds", "only a whole number or a JSONata expression can be written");
                if (wait.SecondsPath is { } secondsPath) calls.Add($"SecondsPath({String(secondsPath)})");
                if (wait.Timestamp is AslJsonString timestamp) calls.Add($"Timestamp({String(timestamp.Value)})");
                else if (wait.Timestamp is not null) throw new ImportNotSupportedException(where, "Timestamp", "only text can be written");
                if (wait.TimestampPath is { } timestampPath) calls.Add($"TimestampPath({String(timestampPath)})");
                Flow(wait, where, following, isLast, jsonAta, calls, indent);
                break;
            case ChoiceState choice:
                head = $"Choice({String(name)})";
                for (var i = 0; i < choice.Choices.Count; i++)
                {
                    var rule = choice.Choices[i];
                    var at = "Choices/" + i;
                    if (rule.Next is null) throw new ImportNotSupportedException(where, at + "/Next", "a rule needs Next");
                    var extra = "";
                    if (rule.Assign is { } ruleAssign) extra += ", assign: " + Value(ruleAssign, where, at + "/Assign", !jsonAta, indent);
                    if (rule.Output is { } ruleOutput) extra += ", output: " + Value(ruleOutput, where, at + "/Output", false, indent);
                    if (rule.Comment is { } ruleComment) extra += ", comment: " + String(ruleComment);
                    calls.Add($"When({Condition(rule, where, at, top: true)}, {String(rule.Next)}{extra})");
                }
                if (choice.Default is { } otherwise) calls.Add($"Otherwise({String(otherwise)})");
                Common(choice.InputPath, choice.OutputPath, choice.Output, choice.Assign, where, jsonAta, calls, indent);
                break;
            case SucceedState succeed:
                head = $"Succeed({String(name)})";
                Common(succeed.InputPath, succeed.OutputPath, succeed.Output, null, where, jsonAta, calls, indent);
                break;
            case FailState fail:
                head = $"Fail({String(name)})";
                if (fail.Error is AslJsonString error) calls.Add($"Error({String(error.Value)})");
                else if (fail.Error is not null) throw new ImportNotSupportedException(where, "Error", "only text can be written");
                if (fail.Cause is AslJsonString cause) calls.Add($"Cause({String(cause.Value)})");
                else if (fail.Cause is not null) throw new ImportNotSupportedException(where, "Cause", "only text can be written");
                if (fail.ErrorPath is { } errorPath) calls.Add($"ErrorPath({String(errorPath)})");
                if (fail.CausePath is { } causePath) calls.Add($"CausePath({String(causePath)})");
                break;
            default:
                throw new ImportNotSupportedException(where, "Type", $"the state type {named.State.Type} is unknown");
        }
        if (named.State.Comment is { } comment) calls.Insert(0, $"Comment({String(comment)})");
        if (named.State.QueryLanguage is { } language)
            calls.Insert(0, $"QueryLanguage(QueryLanguage.{(language == QueryLanguages.JsonAta ? "JsonAta" : "JsonPath")})");
        if (calls.Count == 0) return head;
        var single = head + string.Concat(calls.Select(c => "." + c));
        if (single.Length <= 100 && !single.Contains('\n')) return single;
        return head + string.Concat(calls.Select(c => "\n" + indent + "." + c));
    }

    private static void Seconds(List<string> calls, string field, AslJson? value, string? path, string where)
    {
        if (value is AslJsonNumber number && number.TryGetInt64(out var seconds) && seconds is > 0 and <= int.MaxValue) calls.Add($"{field}({seconds})");
        else if (value is AslJsonString expression) calls.Add($"{field}({String(expression.Value)})");
        else if (value is not null) throw new ImportNotSupportedException(where, field, "only a positive whole number or a JSONata expression can be written");
        if (path is not null) calls.Add($"{field}Path({String(path)})");
    }

    /// <summary>Next/End and the input/output fields of a state that transitions.</summary>
    private static void Flow(FlowState state, string where, string? following, bool isLast, bool jsonAta, List<string> calls, string indent)
    {
        Common(state.InputPath, state.OutputPath, state.Output, state.Assign, where, jsonAta, calls, indent);
        if (state.Next is { } next)
        {
            // Then links an open state to the state after it; any other target is named.
            if (next != following) calls.Add($"Next({String(next)})");
        }
        else if (state.End)
        {
            // The chain ends the last open state; an End elsewhere is written out.
            if (!isLast) calls.Add("End()");
        }
        else
        {
            throw new ImportNotSupportedException(where, "Next", "the state has neither Next nor End");
        }
        if (state.Next is not null && state.End) throw new ImportNotSupportedException(where, "End", "the state has both Next and End");
    }

    private static void Common(PathOrNull? inputPath, PathOrNull? outputPath, AslJson? output, AslJson? assign, string where, bool jsonAta,
        List<string> calls, string indent)
    {
        if (inputPath is not null) calls.Add($"InputPath({Path(inputPath)})");
        if (outputPath is not null) calls.Add($"OutputPath({Path(outputPath)})");
        if (output is not null) calls.Add($"Output({Value(output, where, "Output", false, indent)})");
        if (assign is not null) calls.Add($"Assign({Value(assign, where, "Assign", !jsonAta, indent)})");
    }

    /// <summary>Parameters, ResultSelector, ResultPath, Retry and Catch.</summary>
    private static void Work(WorkState state, string where, bool jsonAta, List<string> calls, string indent)
    {
        if (state.Parameters is { } parameters) calls.Add($"Parameters({Value(parameters, where, "Parameters", true, indent)})");
        if (state.ResultSelector is { } selector) calls.Add($"ResultSelector({Value(selector, where, "ResultSelector", true, indent)})");
        if (state.ResultPath is { } resultPath) calls.Add($"ResultPath({Path(resultPath)})");
        for (var i = 0; i < state.Retry.Count; i++)
        {
            var retrier = state.Retry[i];
            var at = "Retry/" + i;
            var arguments = new List<string> { Errors(retrier.ErrorEquals) };
            Optional(arguments, "intervalSeconds", retrier.IntervalSeconds, where, at + "/IntervalSeconds", integer: true);
            Optional(arguments, "maxAttempts", retrier.MaxAttempts, where, at + "/MaxAttempts", integer: true);
            Optional(arguments, "backoffRate", retrier.BackoffRate, where, at + "/BackoffRate", integer: false);
            Optional(arguments, "maxDelaySeconds", retrier.MaxDelaySeconds, where, at + "/MaxDelaySeconds", integer: true);
            if (retrier.JitterStrategy is { } jitter)
            {
                var strategy = jitter switch { "FULL" => "Full", "NONE" => "None", _ => throw new ImportNotSupportedException(where, at + "/JitterStrategy", $"\"{jitter}\" is not FULL or NONE") };
                arguments.Add("jitterStrategy: JitterStrategy." + strategy);
            }
            if (retrier.Comment is { } retryComment) arguments.Add("comment: " + String(retryComment));
            calls.Add($"Retry({string.Join(", ", arguments)})");
        }
        for (var i = 0; i < state.Catch.Count; i++)
        {
            var catcher = state.Catch[i];
            var at = "Catch/" + i;
            var arguments = new List<string> { Errors(catcher.ErrorEquals), String(catcher.Next) };
            if (catcher.ResultPath is { } catchPath) arguments.Add(catchPath.IsNull ? "discardError: true" : "resultPath: " + String(catchPath.Path!));
            if (catcher.Output is { } output) arguments.Add("output: " + Value(output, where, at + "/Output", false, indent));
            if (catcher.Assign is { } assign) arguments.Add("assign: " + Value(assign, where, at + "/Assign", !jsonAta, indent));
            if (catcher.Comment is { } catchComment) arguments.Add("comment: " + String(catchComment));
            calls.Add($"Catch({string.Join(", ", arguments)})");
        }
    }

    private static string Initializer(List<string> members) => members.Count == 0 ? "" : " { " + string.Join(", ", members) + " }";

    private static void Text(List<string> members, string name, string? value)
    {
        if (value is not null) members.Add(name + " = " + String(value));
    }

    /// <summary>A model field that holds JSON: a template through Payload.From, a plain value through AslJson.Of.</summary>
    private static void Member(List<string> members, string name, AslJson? value, string where, string field, bool payload, string indent)
    {
        if (value is null) return;
        if (payload)
        {
            members.Add(name + " = Payload.From(" + Value(value, where, field, true, indent) + ")");
            return;
        }
        members.Add(name + " = " + value switch
        {
            AslJsonNumber number when number.TryGetInt64(out var whole) => $"Asl.Json.AslJson.Of({whole}L)",
            AslJsonString text => $"Asl.Json.AslJson.Of({String(text.Value)})",
            _ => throw new ImportNotSupportedException(where, field, "only a whole number or text can be written"),
        });
    }

    private static void Optional(List<string> arguments, string name, AslJson? value, string where, string field, bool integer)
    {
        if (value is null) return;
        if (value is not AslJsonNumber number) throw new ImportNotSupportedException(where, field, "only a number can be written");
        if (integer && !(number.TryGetInt64(out var whole) && whole is >= int.MinValue and <= int.MaxValue))
            throw new ImportNotSupportedException(where, field, $"{number.Raw} is not a whole number the fluent API takes");
        arguments.Add(name + ": " + Number(number, where, field));
    }

    private static string Errors(IReadOnlyList<string> errors) =>
        errors.Count == 1 ? String(errors[0]) : "new[] { " + string.Join(", ", errors.Select(String)) + " }";

    private static string Path(PathOrNull path) => path.IsNull ? "null" : String(path.Path!);

    private static string Condition(ChoiceRule rule, string where, string at, bool top)
    {
        if (!top && (rule.Next is not null || rule.Assign is not null || rule.Output is not null))
            throw new ImportNotSupportedException(where, at, "a nested rule has Next, Assign or Output");
        if (rule.And is { } and) return $"Condition.And({string.Join(", ", and.Select((r, i) => Condition(r, where, at + "/And/" + i, false)))})";
        if (rule.Or is { } or) return $"Condition.Or({string.Join(", ", or.Select((r, i) => Condition(r, where, at + "/Or/" + i, false)))})";
        if (rule.Not is { } not) return $"Condition.Not({Condition(not, where, at + "/Not", false)})";
        if (rule.Condition is AslJsonString jsonata) return $"Condition.JsonAta({String(jsonata.Value)})";
        if (rule.Condition is not null) throw new ImportNotSupportedException(where, at + "/Condition", "only a JSONata expression can be written");
        if (rule.Variable is null || rule.Comparisons.Count != 1)
            throw new ImportNotSupportedException(where, at, "a rule needs one Variable and one comparison");
        var comparison = rule.Comparisons[0];
        var operand = comparison.Operand switch
        {
            AslJsonString text => String(text.Value),
            AslJsonBool flag => flag.Value ? "true" : "false",
            AslJsonNumber number => Number(number, where, at + "/" + comparison.Operator),
            _ => throw new ImportNotSupportedException(where, at + "/" + comparison.Operator, "the operand must be text, a number or a boolean"),
        };
        var op = comparison.Operator.ToString();
        if (op.StartsWith("Is", StringComparison.Ordinal) && Helpers.Contains(op))
            return operand == "true" ? $"Condition.{op}({String(rule.Variable)})" : $"Condition.{op}({String(rule.Variable)}, {operand})";
        var fits = comparison.Operand switch
        {
            AslJsonString => op.StartsWith("String", StringComparison.Ordinal) || op.StartsWith("Timestamp", StringComparison.Ordinal) || op.EndsWith("Path", StringComparison.Ordinal),
            AslJsonBool => op == "BooleanEquals",
            AslJsonNumber => op.StartsWith("Numeric", StringComparison.Ordinal) && !op.EndsWith("Path", StringComparison.Ordinal),
            _ => false,
        };
        return fits && Helpers.Contains(op)
            ? $"Condition.{op}({String(rule.Variable)}, {operand})"
            : $"Condition.Compare({String(rule.Variable)}, Asl.Model.ComparisonOperator.{op}, {operand})";
    }

    private void Map(MapState map, string where, List<string> calls, string indent)
    {
        if (map.Iterator is { } iterator)
        {
            if (iterator.Comment is not null) throw new ImportNotSupportedException(where, "Iterator/Comment", "a processor has no comment in the fluent API");
            if (iterator.ProcessorConfig is not null) throw new ImportNotSupportedException(where, "Iterator/ProcessorConfig", "the legacy Iterator takes no ProcessorConfig; use ItemProcessor");
            calls.Add($"Iterator(processor => {Chain(iterator, "processor", indent + "    ")})");
        }
        if (map.ItemProcessor is { } processor)
        {
            if (processor.Comment is not null) throw new ImportNotSupportedException(where, "ItemProcessor/Comment", "a processor has no comment in the fluent API");
            var mode = "";
            if (processor.ProcessorConfig is { } config)
            {
                mode = (config.Mode, config.ExecutionType) switch
                {
                    ("INLINE", null) => ", ProcessorMode.Inline",
                    ("DISTRIBUTED", "EXPRESS") => ", ProcessorMode.Distributed",
                    ("DISTRIBUTED", "STANDARD") => ", ProcessorMode.Distributed, StateMachineType.Standard",
                    _ => throw new ImportNotSupportedException(where, "ItemProcessor/ProcessorConfig",
                        "only { \"Mode\": \"INLINE\" } and DISTRIBUTED with ExecutionType EXPRESS or STANDARD can be written"),
                };
            }
            calls.Add($"ItemProcessor(processor => {Chain(processor, "processor", indent + "    ")}{mode})");
        }
        if (map.ItemsPath is { } itemsPath) calls.Add($"ItemsPath({String(itemsPath)})");
        if (map.Items is { } items) calls.Add($"Items({Value(items, where, "Items", false, indent)})");
        if (map.ItemSelector is { } selector) calls.Add($"ItemSelector({Value(selector, where, "ItemSelector", true, indent)})");
        if (map.MaxConcurrency is AslJsonNumber concurrency && concurrency.TryGetInt64(out var limit) && limit is >= 0 and <= int.MaxValue) calls.Add($"MaxConcurrency({limit})");
        else if (map.MaxConcurrency is AslJsonString concurrencyExpression) calls.Add($"MaxConcurrency({String(concurrencyExpression.Value)})");
        else if (map.MaxConcurrency is not null) throw new ImportNotSupportedException(where, "MaxConcurrency", "only a whole number or a JSONata expression can be written");
        if (map.MaxConcurrencyPath is { } concurrencyPath) calls.Add($"MaxConcurrencyPath({String(concurrencyPath)})");
        if (map.ToleratedFailureCount is AslJsonNumber count && count.TryGetInt64(out var failures) && failures is >= 0 and <= int.MaxValue) calls.Add($"ToleratedFailureCount({failures})");
        else if (map.ToleratedFailureCount is not null) throw new ImportNotSupportedException(where, "ToleratedFailureCount", "only a whole number can be written");
        if (map.ToleratedFailurePercentage is AslJsonNumber percentage) calls.Add($"ToleratedFailurePercentage({Number(percentage, where, "ToleratedFailurePercentage")})");
        else if (map.ToleratedFailurePercentage is not null) throw new ImportNotSupportedException(where, "ToleratedFailurePercentage", "only a number can be written");
        if (map.ToleratedFailureCountPath is { } countPath) calls.Add($"ToleratedFailureCountPath({String(countPath)})");
        if (map.ToleratedFailurePercentagePath is { } percentagePath) calls.Add($"ToleratedFailurePercentagePath({String(percentagePath)})");
        if (map.Label is { } label) calls.Add($"Label({String(label)})");
        // The distributed Map's reader, batcher and writer are model records, set as they are.
        if (map.ItemReader is { } reader)
        {
            var members = new List<string>();
            Member(members, "Parameters", reader.Parameters, where, "ItemReader/Parameters", payload: true, indent);
            Member(members, "Arguments", reader.Arguments, where, "ItemReader/Arguments", payload: true, indent);
            if (reader.ReaderConfig is { } config)
            {
                var settings = new List<string>();
                Text(settings, "InputType", config.InputType);
                Text(settings, "CSVHeaderLocation", config.CSVHeaderLocation);
                if (config.CSVHeaders is { } headers)
                    settings.Add("CSVHeaders = Asl.Collections.EquatableArray.Create(" + string.Join(", ", headers.Select(String)) + ")");
                Text(settings, "CSVDelimiter", config.CSVDelimiter);
                Text(settings, "ManifestType", config.ManifestType);
                Member(settings, "MaxItems", config.MaxItems, where, "ItemReader/ReaderConfig/MaxItems", payload: false, indent);
                Text(settings, "MaxItemsPath", config.MaxItemsPath);
                members.Add("ReaderConfig = new Asl.Model.ReaderConfig { " + string.Join(", ", settings) + " }");
            }
            calls.Add($"ItemReader(new Asl.Model.ItemReader({String(reader.Resource)}){Initializer(members)})");
        }
        if (map.ItemBatcher is { } batcher)
        {
            var members = new List<string>();
            Member(members, "MaxItemsPerBatch", batcher.MaxItemsPerBatch, where, "ItemBatcher/MaxItemsPerBatch", payload: false, indent);
            Text(members, "MaxItemsPerBatchPath", batcher.MaxItemsPerBatchPath);
            Member(members, "MaxInputBytesPerBatch", batcher.MaxInputBytesPerBatch, where, "ItemBatcher/MaxInputBytesPerBatch", payload: false, indent);
            Text(members, "MaxInputBytesPerBatchPath", batcher.MaxInputBytesPerBatchPath);
            Member(members, "BatchInput", batcher.BatchInput, where, "ItemBatcher/BatchInput", payload: true, indent);
            calls.Add($"ItemBatcher(new Asl.Model.ItemBatcher(){Initializer(members)})");
        }
        if (map.ResultWriter is { } writer)
        {
            var members = new List<string>();
            Text(members, "Resource", writer.Resource);
            Member(members, "Parameters", writer.Parameters, where, "ResultWriter/Parameters", payload: true, indent);
            Member(members, "Arguments", writer.Arguments, where, "ResultWriter/Arguments", payload: true, indent);
            if (writer.WriterConfig is { } config)
            {
                var settings = new List<string>();
                Text(settings, "OutputType", config.OutputType);
                Text(settings, "Transformation", config.Transformation);
                members.Add("WriterConfig = new Asl.Model.WriterConfig { " + string.Join(", ", settings) + " }");
            }
            calls.Add($"ResultWriter(new Asl.Model.ResultWriter(){Initializer(members)})");
        }
    }
}
