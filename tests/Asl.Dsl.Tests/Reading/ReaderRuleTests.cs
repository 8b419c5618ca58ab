using Asl.Diagnostics;
using Asl.Json;

namespace Asl.Dsl.Tests.Reading;

/// <summary>Every rule the reader owns: one definition that breaks it and a close one that does not.</summary>
public class ReaderRuleTests
{
    public static TheoryData<string, string, string, string> Cases()
    {
        static string M(string state) => Findings.MachineWith(state);
        const string parallel = """{"Type": "Parallel", "Branches": [{0}], "End": true}""";
        const string branch = """{"StartAt": "B", "States": {"B": {"Type": "Succeed"}}}""";
        static string Map(string mapFields) => M("""{"Type": "Map", """ + mapFields + """, "ItemProcessor": {"StartAt": "I", "States": {"I": {"Type": "Succeed"}}}, "End": true}""");
        static string Task(string fields) => M("""{"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", """ + fields + """, "End": true}""");
        static string Choice(string rule) => M("""{"Type": "Choice", "Choices": [""" + rule + """], "Default": "S"}""");

        return new()
        {
            // code, pointer, invalid, valid
            { "ASL1001", "", """{"StartAt": "S", "States": {"S": {"Type": "Succeed"}}""", M("""{"Type": "Succeed"}""") },
            { "ASL1002", "", " ", M("""{"Type": "Succeed"}""") },
            { "ASL1003", "", $"[{M("""{"Type": "Succeed"}""")}]", M("""{"Type": "Succeed"}""") },
            { "ASL1004", "/States/S/Type", """{"StartAt": "S", "States": {"S": {"Type": "Succeed", "Type": "Succeed"}}}""", M("""{"Type": "Succeed"}""") },
            { "ASL1005", "", Padded(AslReader.MaxDefinitionLength + 1), Padded(AslReader.MaxDefinitionLength) },
            { "ASL1021", "", """{"StartAt": "S"}""", M("""{"Type": "Succeed"}""") },
            { "ASL1021", "/States", """{"StartAt": "S", "States": [{"Type": "Succeed"}]}""", M("""{"Type": "Succeed"}""") },
            { "ASL1021", "/States/S/Branches/0", M(parallel.Replace("{0}", """{"StartAt": "B"}""")), M(parallel.Replace("{0}", branch)) },
            { "ASL1022", "", """{"States": {"S": {"Type": "Succeed"}}}""", M("""{"Type": "Succeed"}""") },
            { "ASL1022", "/StartAt", """{"StartAt": ["S"], "States": {"S": {"Type": "Succeed"}}}""", M("""{"Type": "Succeed"}""") },
            { "ASL1022", "/States/S/ItemProcessor", M("""{"Type": "Map", "ItemProcessor": {"States": {"I": {"Type": "Succeed"}}}, "End": true}"""), Map("\"ItemsPath\": \"$.items\"") },
            { "ASL1024", "/Comment", """{"Comment": 1, "StartAt": "S", "States": {"S": {"Type": "Succeed"}}}""", """{"Comment": "1", "StartAt": "S", "States": {"S": {"Type": "Succeed"}}}""" },
            { "ASL1028", "/Name", """{"Name": "x", "StartAt": "S", "States": {"S": {"Type": "Succeed"}}}""", """{"Comment": "x", "StartAt": "S", "States": {"S": {"Type": "Succeed"}}}""" },
            { "ASL1029", "/States/S/Branches/0/Version", M(parallel.Replace("{0}", """{"Version": "1.0", "StartAt": "B", "States": {"B": {"Type": "Succeed"}}}""")), M(parallel.Replace("{0}", """{"Comment": "1.0", "StartAt": "B", "States": {"B": {"Type": "Succeed"}}}""")) },
            { "ASL1029", "/States/S/Iterator/Version", M("""{"Type": "Map", "Iterator": {"Version": "1.0", "StartAt": "I", "States": {"I": {"Type": "Succeed"}}}, "End": true}"""), M("""{"Type": "Map", "Iterator": {"Comment": "1.0", "StartAt": "I", "States": {"I": {"Type": "Succeed"}}}, "End": true}""") },
            { "ASL1061", "/States/S", M("""{"Next": "S"}"""), M("""{"Type": "Pass", "Next": "S"}""") },
            { "ASL1061", "/States/S/Type", M("""{"Type": "Sucess"}"""), M("""{"Type": "Succeed"}""") },
            { "ASL1061", "/States/S/Type", M("""{"Type": "succeed"}"""), M("""{"Type": "Succeed"}""") },
            { "ASL1061", "/States/S/Type", M("""{"Type": 1}"""), M("""{"Type": "Succeed"}""") },
            { "ASL1063", "/States/S/End", M("""{"Type": "Pass", "End": "true"}"""), M("""{"Type": "Pass", "End": true}""") },
            { "ASL1064", "/States/S/Next", M("""{"Type": "Succeed", "Next": "S"}"""), M("""{"Type": "Pass", "Next": "S"}""") },
            { "ASL1064", "/States/S/End", M("""{"Type": "Fail", "End": true}"""), M("""{"Type": "Fail"}""") },
            { "ASL1064", "/States/S/End", Choice("""{"Variable": "$.a", "IsPresent": true, "Next": "S"}""").Replace("\"Default\": \"S\"", "\"End\": true"), Choice("""{"Variable": "$.a", "IsPresent": true, "Next": "S"}""") },
            { "ASL1065", "/States/S/Resources", M("""{"Type": "Task", "Resources": "arn:aws:states:::lambda:invoke", "Resource": "arn:aws:states:::lambda:invoke", "End": true}"""), Task("\"Comment\": \"x\"") },
            { "ASL1065", "/States/S/Arguments", Map("\"Arguments\": {}"), Map("\"ItemSelector\": {}") },
            { "ASL1065", "/States/S/Default", M("""{"Type": "Pass", "Default": "S", "End": true}"""), M("""{"Type": "Pass", "End": true}""") },
            { "ASL1066", "/States/S/Comment", M("""{"Type": "Succeed", "Comment": ["x"]}"""), M("""{"Type": "Succeed", "Comment": "x"}""") },
            { "ASL1066", "/States/S/Retry/0/Comment", Task("""  "Retry": [{"ErrorEquals": ["States.ALL"], "Comment": 1}]"""), Task("""  "Retry": [{"ErrorEquals": ["States.ALL"], "Comment": "1"}]""") },
            { "ASL1069", "/States/S/TimeoutSeconds", Map("\"TimeoutSeconds\": 10"), Task("\"TimeoutSeconds\": 10") },
            { "ASL1069", "/States/S/HeartbeatSecondsPath", M("""{"Type": "Wait", "Seconds": 1, "HeartbeatSecondsPath": "$.h", "End": true}"""), Task("\"HeartbeatSecondsPath\": \"$.h\"") },
            { "ASL1102", "/States/S/ResultSelector", M("""{"Type": "Pass", "ResultSelector": {}, "End": true}"""), M("""{"Type": "Pass", "Parameters": {}, "End": true}""") },
            { "ASL1102", "/States/S/Arguments", M("""{"Type": "Pass", "Arguments": {}, "End": true}"""), M("""{"Type": "Pass", "Output": {}, "End": true}""") },
            { "ASL1130", "/States/S", M("""{"Type": "Choice", "Default": "S"}"""), Choice("""{"Variable": "$.a", "IsPresent": true, "Next": "S"}""") },
            { "ASL1130", "/States/S/Choices", M("""{"Type": "Choice", "Choices": {"Variable": "$.a", "IsPresent": true, "Next": "S"}}"""), Choice("""{"Variable": "$.a", "IsPresent": true, "Next": "S"}""") },
            { "ASL1130", "/States/S/Choices/1", Choice("""{"Condition": true, "Next": "S"}, "S" """), Choice("""{"Condition": true, "Next": "S"}""") },
            { "ASL1160", "/States/S/ResultPath", M("""{"Type": "Succeed", "ResultPath": "$.r"}"""), M("""{"Type": "Succeed", "OutputPath": "$.r"}""") },
            { "ASL1160", "/States/S/Assign", M("""{"Type": "Succeed", "Assign": {"a": 1}}"""), M("""{"Type": "Succeed", "Output": {"a": 1}}""") },
            { "ASL1173", "/States/S/OutputPath", M("""{"Type": "Fail", "OutputPath": "$"}"""), M("""{"Type": "Fail", "CausePath": "$"}""") },
            { "ASL1173", "/States/S/Output", M("""{"Type": "Fail", "Output": "x"}"""), M("""{"Type": "Fail", "Cause": "x"}""") },
            { "ASL1180", "/States/S", M("""{"Type": "Parallel", "End": true}"""), M(parallel.Replace("{0}", branch)) },
            { "ASL1180", "/States/S/Branches", M("""{"Type": "Parallel", "Branches": {"StartAt": "B", "States": {"B": {"Type": "Succeed"}}}, "End": true}"""), M(parallel.Replace("{0}", branch)) },
            { "ASL1180", "/States/S/Branches/1", M(parallel.Replace("{0}", branch + ", \"B\"")), M(parallel.Replace("{0}", branch)) },
            { "ASL1246", "/States/S/ItemProcessor/QueryLanguage", M("""{"Type": "Map", "ItemProcessor": {"QueryLanguage": "JSONata", "StartAt": "I", "States": {"I": {"Type": "Succeed"}}}, "End": true}"""), M("""{"Type": "Map", "QueryLanguage": "JSONata", "ItemProcessor": {"StartAt": "I", "States": {"I": {"Type": "Succeed"}}}, "End": true}""") },
            { "ASL1246", "/States/S/Iterator/QueryLanguage", M("""{"Type": "Map", "Iterator": {"QueryLanguage": "JSONPath", "StartAt": "I", "States": {"I": {"Type": "Succeed"}}}, "End": true}"""), M("""{"Type": "Map", "Iterator": {"StartAt": "I", "States": {"I": {"Type": "Succeed", "QueryLanguage": "JSONPath"}}}, "End": true}""") },
            { "ASL1301", "/States/S/Retry", M("""{"Type": "Wait", "Seconds": 1, "Retry": [{"ErrorEquals": ["States.ALL"]}], "End": true}"""), Task("""  "Retry": [{"ErrorEquals": ["States.ALL"]}]""") },
            { "ASL1301", "/States/S/Catch", M("""{"Type": "Pass", "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "S"}], "End": true}"""), Task("""  "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "S"}]""") },
            { "ASL1308", "/States/S/Retry/0/Next", Task("""  "Retry": [{"ErrorEquals": ["States.ALL"], "Next": "S"}]"""), Task("""  "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "S"}]""") },
            { "ASL1308", "/States/S/Catch/0/MaxAttempts", Task("""  "Catch": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 2, "Next": "S"}]"""), Task("""  "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 2}]""") },
            { "ASL1346", "/States/S/Choices/0/StringEqual", Choice("""{"Variable": "$.a", "StringEqual": "x", "Next": "S"}"""), Choice("""{"Variable": "$.a", "StringEquals": "x", "Next": "S"}""") },
            { "ASL1346", "/States/S/Choices/0/Not/booleanEquals", Choice("""{"Not": {"Variable": "$.a", "booleanEquals": true}, "Next": "S"}"""), Choice("""{"Not": {"Variable": "$.a", "BooleanEquals": true}, "Next": "S"}""") },
            { "ASL1090", "/States/S/Next", M("""{"Type": "Pass", "Next": 5}"""), M("""{"Type": "Pass", "Next": "S"}""") },
            { "ASL1090", "/States/S/Retry", Task("""  "Retry": {"ErrorEquals": ["States.ALL"]}"""), Task("""  "Retry": [{"ErrorEquals": ["States.ALL"]}]""") },
            { "ASL1090", "/States/S/Catch/0/ErrorEquals/1", Task("""  "Catch": [{"ErrorEquals": ["States.ALL", 5], "Next": "S"}]"""), Task("""  "Catch": [{"ErrorEquals": ["States.ALL", "5"], "Next": "S"}]""") },
            { "ASL1090", "/States/S/InputPath", M("""{"Type": "Pass", "InputPath": true, "End": true}"""), M("""{"Type": "Pass", "InputPath": null, "End": true}""") },
            { "ASL1090", "/States/S/Choices/0/And", Choice("""{"And": {"Variable": "$.a", "IsNull": true}, "Next": "S"}"""), Choice("""{"And": [{"Variable": "$.a", "IsNull": true}], "Next": "S"}""") },
            { "ASL1090", "/States/S/ItemReader", Map("\"ItemReader\": \"arn:aws:states:::s3:getObject\""), Map("\"ItemReader\": {\"Resource\": \"arn:aws:states:::s3:getObject\"}") },
            { "ASL1090", "/States/S", """{"StartAt": "S", "States": {"S": "Succeed"}}""", M("""{"Type": "Succeed"}""") },
            { "ASL1091", "/States/S", M("""{"Type": "Task", "End": true}"""), Task("\"Comment\": \"x\"") },
            { "ASL1091", "/States/S/Catch/0", Task("""  "Catch": [{"ErrorEquals": ["States.ALL"]}]"""), Task("""  "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "S"}]""") },
            { "ASL1091", "/States/S/Retry/0", Task("""  "Retry": [{"MaxAttempts": 1}]"""), Task("""  "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 1}]""") },
            { "ASL1091", "/States/S/ItemReader", Map("\"ItemReader\": {\"Parameters\": {}}"), Map("\"ItemReader\": {\"Resource\": \"arn:aws:states:::s3:getObject\", \"Parameters\": {}}") },
            { "ASL1092", "/States/S/ItemProcessor/ProcessorConfig/Type", M("""{"Type": "Map", "ItemProcessor": {"ProcessorConfig": {"Type": "INLINE"}, "StartAt": "I", "States": {"I": {"Type": "Succeed"}}}, "End": true}"""), M("""{"Type": "Map", "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "I", "States": {"I": {"Type": "Succeed"}}}, "End": true}""") },
            { "ASL1092", "/States/S/ItemBatcher/MaxItems", Map("\"ItemBatcher\": {\"MaxItems\": 5}"), Map("\"ItemBatcher\": {\"MaxItemsPerBatch\": 5}") },
            { "ASL1092", "/States/S/ItemReader/ReaderConfig/Delimiter", Map("\"ItemReader\": {\"Resource\": \"r\", \"ReaderConfig\": {\"Delimiter\": \"TAB\"}}"), Map("\"ItemReader\": {\"Resource\": \"r\", \"ReaderConfig\": {\"CSVDelimiter\": \"TAB\"}}") },
            { "ASL1092", "/States/S/ResultWriter/WriterConfig/Format", Map("\"ResultWriter\": {\"WriterConfig\": {\"Format\": \"JSON\"}}"), Map("\"ResultWriter\": {\"WriterConfig\": {\"OutputType\": \"JSON\"}}") },
            { "ASL1092", "/States/S/ResultWriter/Bucket", Map("\"ResultWriter\": {\"Bucket\": \"b\"}"), Map("\"ResultWriter\": {\"Parameters\": {\"Bucket\": \"b\"}}") },
        };
    }

    [Fact]
    public void An_empty_Choices_list_is_the_validators_finding_on_any_model_and_a_missing_one_the_readers_only()
    {
        var empty = AslReader.Read(Findings.MachineWith("""{"Type": "Choice", "Choices": [], "Default": "S"}"""));
        var missing = AslReader.Read(Findings.MachineWith("""{"Type": "Choice", "Default": "S"}"""));

        Assert.Empty(empty.Diagnostics);
        var finding = Assert.Single(Asl.Validation.AslValidator.Validate(empty.Machine!), d => d.Code == "ASL1130");
        Assert.Equal("/States/S/Choices", finding.Pointer);
        Findings.Single(missing, "ASL1130", "/States/S");
        Assert.DoesNotContain(Asl.Validation.AslValidator.Validate(missing.Machine!), d => d.Code == "ASL1130");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rule_is_reported_for_the_invalid_definition_and_not_for_the_close_valid_one(string code, string pointer, string invalid, string valid)
    {
        Findings.Single(AslReader.Read(invalid), code, pointer);

        Assert.Empty(AslReader.Read(valid).Diagnostics);
    }

    [Fact]
    public void Deep_nesting_rule_has_a_failing_and_a_passing_example()
    {
        static string Nested(int depth) => Findings.MachineWith($$"""{"Type": "Pass", "Result": {{new string('[', depth)}}{{new string(']', depth)}}, "End": true}""");

        Assert.Equal("ASL1093", Assert.Single(AslReader.Read(Nested(510)).Diagnostics).Code);
        Assert.Empty(AslReader.Read(Nested(509)).Diagnostics);
    }

    [Fact]
    public void Unreadable_file_rule_has_a_failing_and_a_passing_example()
    {
        var path = Path.Combine(Path.GetTempPath(), "asl-reader-" + Guid.NewGuid() + ".asl.json");
        Findings.Single(AslReader.ReadFile(path), "ASL1094", "");
        File.WriteAllText(path, Findings.MachineWith("""{"Type": "Succeed"}"""));
        try
        {
            Assert.Empty(AslReader.ReadFile(path).Diagnostics);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Every_reader_rule_is_exercised_by_a_case()
    {
        var covered = Cases().Select(row => (string)row[0]).Concat(["ASL1093", "ASL1094"]).ToHashSet();

        Assert.Empty(ReaderRuleCodes().Except(covered));
    }

    [Fact]
    public void Reader_rules_have_distinct_codes_that_no_other_rule_uses()
    {
        var codes = AslRules.All.Select(rule => rule.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(ReaderRuleCodes(), code => Assert.NotNull(AslRules.Find(code)));
    }

    /// <summary>The codes declared in AslRules.Reader.cs (the catalogue ids the reader owns plus its extras).</summary>
    private static IReadOnlyList<string> ReaderRuleCodes() =>
    [
        "ASL1001", "ASL1002", "ASL1003", "ASL1004", "ASL1005", "ASL1021", "ASL1022", "ASL1024", "ASL1028", "ASL1029",
        "ASL1061", "ASL1063", "ASL1064", "ASL1065", "ASL1066", "ASL1069", "ASL1102", "ASL1130", "ASL1160", "ASL1173",
        "ASL1180", "ASL1246", "ASL1301", "ASL1308", "ASL1346", "ASL1090", "ASL1091", "ASL1092", "ASL1093", "ASL1094",
    ];

    /// <summary>A valid machine padded with a Comment to exactly <paramref name="length"/> characters.</summary>
    private static string Padded(int length)
    {
        var shell = Findings.MachineWith("""{"Type": "Succeed", "Comment": ""}""");
        return shell.Replace("\"Comment\": \"\"", "\"Comment\": \"" + new string('x', length - shell.Length) + "\"");
    }
}
