using System.Text.Json.Nodes;

namespace Asl.Dsl.Tests.Reading;

/// <summary>
/// The round-trip definitions use every field ASL defines, in every kind of object, so that the round-trip
/// tests prove the reader keeps each of them.
/// </summary>
public class FieldCoverageTests
{
    private static readonly string[] Files = ["reader/jsonpath-every-field.asl.json", "reader/jsonata-every-field.asl.json"];

    // Fields whose values are payloads or expressions: their content is data, not ASL structure.
    private static readonly HashSet<string> DataFields =
    [
        "Parameters", "Result", "Arguments", "Output", "Assign", "ItemSelector", "ResultSelector", "Credentials",
        "BatchInput", "Items", "Condition", "Error", "Cause", "Seconds", "Timestamp", "TimeoutSeconds",
        "HeartbeatSeconds", "MaxConcurrency", "ToleratedFailureCount", "ToleratedFailurePercentage", "MaxItems",
        "MaxItemsPerBatch", "MaxInputBytesPerBatch", "IntervalSeconds", "MaxAttempts", "BackoffRate", "MaxDelaySeconds",
    ];

    private static readonly string[] Operators = Enum.GetNames<Asl.Model.ComparisonOperator>();

    public static TheoryData<string, string[]> ExpectedFields() => new()
    {
        { "Machine", ["Comment", "QueryLanguage", "Version", "TimeoutSeconds", "StartAt", "States"] },
        { "Branch", ["Comment", "StartAt", "States"] },
        { "ItemProcessor", ["Comment", "ProcessorConfig", "StartAt", "States"] },
        { "Iterator", ["Comment", "StartAt", "States"] },
        { "ProcessorConfig", ["Mode", "ExecutionType"] },
        { "Pass", ["Comment", "Type", "QueryLanguage", "InputPath", "Parameters", "Result", "ResultPath", "OutputPath", "Output", "Assign", "Next", "End"] },
        { "Task", ["Comment", "Type", "QueryLanguage", "InputPath", "Resource", "Credentials", "Parameters", "Arguments", "TimeoutSeconds",
            "TimeoutSecondsPath", "HeartbeatSeconds", "HeartbeatSecondsPath", "ResultSelector", "ResultPath", "OutputPath", "Output", "Assign",
            "Retry", "Catch", "Next", "End"] },
        { "Choice", ["Comment", "Type", "QueryLanguage", "InputPath", "Choices", "Default", "OutputPath", "Output", "Assign"] },
        { "Wait", ["Comment", "Type", "QueryLanguage", "InputPath", "Seconds", "SecondsPath", "Timestamp", "TimestampPath", "OutputPath", "Output", "Assign", "Next", "End"] },
        { "Succeed", ["Comment", "Type", "QueryLanguage", "InputPath", "OutputPath", "Output"] },
        { "Fail", ["Comment", "Type", "QueryLanguage", "Error", "ErrorPath", "Cause", "CausePath"] },
        { "Parallel", ["Comment", "Type", "QueryLanguage", "InputPath", "Parameters", "Arguments", "Branches", "ResultSelector", "ResultPath",
            "OutputPath", "Output", "Assign", "Retry", "Catch", "Next", "End"] },
        { "Map", ["Comment", "Type", "QueryLanguage", "InputPath", "ItemReader", "ItemsPath", "Items", "ItemSelector", "Parameters", "ItemBatcher",
            "MaxConcurrency", "MaxConcurrencyPath", "ToleratedFailurePercentage", "ToleratedFailurePercentagePath", "ToleratedFailureCount",
            "ToleratedFailureCountPath", "Label", "ItemProcessor", "Iterator", "ResultWriter", "ResultSelector", "ResultPath", "OutputPath",
            "Output", "Assign", "Retry", "Catch", "Next", "End"] },
        { "Retrier", ["Comment", "ErrorEquals", "IntervalSeconds", "MaxAttempts", "BackoffRate", "MaxDelaySeconds", "JitterStrategy"] },
        { "Catcher", ["Comment", "ErrorEquals", "ResultPath", "Output", "Assign", "Next"] },
        { "ChoiceRule", [.. Operators, "Comment", "Variable", "And", "Or", "Not", "Condition", "Assign", "Output", "Next"] },
        { "ItemReader", ["Resource", "ReaderConfig", "Parameters", "Arguments"] },
        { "ReaderConfig", ["InputType", "CSVHeaderLocation", "CSVHeaders", "CSVDelimiter", "ManifestType", "MaxItems", "MaxItemsPath"] },
        { "ItemBatcher", ["MaxItemsPerBatch", "MaxItemsPerBatchPath", "MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath", "BatchInput"] },
        { "ResultWriter", ["Resource", "WriterConfig", "Parameters", "Arguments"] },
        { "WriterConfig", ["OutputType", "Transformation"] },
    };

    [Theory]
    [MemberData(nameof(ExpectedFields))]
    public void The_round_trip_definitions_use_every_field_of(string kind, string[] fields)
    {
        var used = UsedFields();

        Assert.Equal(fields.Order(StringComparer.Ordinal), used.GetValueOrDefault(kind, []).Order(StringComparer.Ordinal));
    }

    private static Dictionary<string, HashSet<string>> UsedFields()
    {
        var used = new Dictionary<string, HashSet<string>>();
        foreach (var file in Files) Visit(JsonNode.Parse(TestData.Text(file))!.AsObject(), "Machine", used);
        return used;
    }

    private static void Visit(JsonObject node, string kind, Dictionary<string, HashSet<string>> used)
    {
        if (!used.TryGetValue(kind, out var fields)) used[kind] = fields = [];
        foreach (var (name, value) in node)
        {
            fields.Add(name);
            if (DataFields.Contains(name) || Operators.Contains(name) || value is null) continue;
            switch (name, value)
            {
                case ("States", JsonObject states):
                    foreach (var (_, state) in states) Visit(state!.AsObject(), (string)state["Type"]!, used);
                    break;
                case ("Branches", JsonArray branches):
                    foreach (var branch in branches) Visit(branch!.AsObject(), "Branch", used);
                    break;
                case ("Retry" or "Catch" or "Choices" or "And" or "Or", JsonArray entries):
                    var entryKind = name switch { "Retry" => "Retrier", "Catch" => "Catcher", _ => "ChoiceRule" };
                    foreach (var entry in entries) Visit(entry!.AsObject(), entryKind, used);
                    break;
                case ("Not", JsonObject rule):
                    Visit(rule, "ChoiceRule", used);
                    break;
                case (_, JsonObject child):
                    Visit(child, name, used);
                    break;
            }
        }
    }
}
