using Asl.Diagnostics;
using Asl.Json;
using Asl.Validation;

namespace Asl.Core.Tests.Corpus;

/// <summary>
/// Constructs AWS accepts at CreateStateMachine (deployed AWS samples, executions recorded on AWS): none is an
/// error; those that fail at run time or are doubtful are warnings with their own code.
/// </summary>
public class AwsAcceptedConstructsTests
{
    private static IReadOnlyList<AslDiagnostic> Findings(string json)
    {
        var read = AslReader.Read(json);
        Assert.NotNull(read.Machine);
        return read.Diagnostics.Concat(AslValidator.Validate(read.Machine!)).ToList();
    }

    private static void AssertAcceptedWith(string json, params string[] warnings)
    {
        var findings = Findings(json);
        Assert.True(findings.All(f => f.Severity != AslSeverity.Error), "Errors: " + string.Join("; ", findings.Where(f => f.Severity == AslSeverity.Error).Select(f => $"{f.Code} {f.Pointer} {f.Message}")));
        Assert.Equal(warnings.Order(StringComparer.Ordinal), findings.Select(f => f.Code).Distinct().Order(StringComparer.Ordinal));
    }

    private static string JsonAtaMap(string fields) => """
        {"QueryLanguage":"JSONata","StartAt":"M","States":{"M":{"Type":"Map",
        """ + fields + """
        ,"ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}
        """;

    [Fact]
    public void JSONata_Items_as_an_array_with_expressions_is_accepted()
        => AssertAcceptedWith(JsonAtaMap("\"Items\":[1,\"{% $number('2') %}\",3]"));

    [Theory]
    [InlineData("MaxConcurrency")]
    [InlineData("ToleratedFailureCount")]
    [InlineData("ToleratedFailurePercentage")]
    public void A_JSONata_count_on_a_Map_is_accepted(string field)
    {
        var json = JsonAtaMap("\"Items\":[1],\"" + field + "\":\"{% $variable := 1 %}\"");

        if (field == "MaxConcurrency") AssertAcceptedWith(json);
        else AssertAcceptedWith(json, "ASL1282");
    }

    [Fact]
    public void JSONata_random_with_a_seed_is_accepted()
        => AssertAcceptedWith("""{"QueryLanguage":"JSONata","StartAt":"P","States":{"P":{"Type":"Pass","Output":"{% $random($states.input.seed) %}","End":true}}}""");

    [Fact]
    public void A_legacy_Iterator_with_ProcessorConfig_is_a_warning()
        => AssertAcceptedWith("""
            {"StartAt":"M","States":{"M":{"Type":"Map","Iterator":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}
            """, "ASL1288");

    [Fact]
    public void A_variable_no_state_assigns_is_a_warning_that_the_execution_will_fail()
    {
        var finding = Assert.Single(Findings("""{"QueryLanguage":"JSONata","StartAt":"P","States":{"P":{"Type":"Pass","Output":"{% $doesNotExist %}","End":true}}}"""));

        Assert.Equal(("ASL1255", AslSeverity.Warning), (finding.Code, finding.Severity));
        Assert.Contains("the execution fails when this state reads it", finding.Message);
    }

    [Fact]
    public void A_Pass_Result_over_the_payload_quota_is_a_warning_that_the_state_fails()
    {
        var large = new string('x', 262_200);
        var finding = Assert.Single(Findings("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":\"" + large + "\",\"End\":true}}}"));

        Assert.Equal(("ASL1353", AslSeverity.Warning), (finding.Code, finding.Severity));
        Assert.Contains("States.DataLimitExceeded", finding.Message);
    }

    [Fact]
    public void A_States_error_name_raised_by_a_Fail_state_and_caught_is_only_a_reserved_name_warning()
        => AssertAcceptedWith("""
            {"StartAt":"Race","States":{
              "Race":{"Type":"Parallel","Branches":[{"StartAt":"Met","States":{"Met":{"Type":"Fail","Error":"States.QuorumMet"}}}],
                "Catch":[{"ErrorEquals":["States.QuorumMet"],"Next":"Done"}],"End":true},
              "Done":{"Type":"Succeed"}}}
            """, "ASL1174");

    [Fact]
    public void A_States_error_name_nobody_raises_is_a_warning()
        => AssertAcceptedWith("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"f"},
              "Retry":[{"ErrorEquals":["States.TaskFailedId"]}],"End":true}}}
            """, "ASL1311");

    [Theory]
    [InlineData("arn:aws:states:us-east-1:776177632559:aws-sdk:s3:putObject")]
    [InlineData("arn:aws:states:eu-west-1:123456789012:lambda:invoke")]
    [InlineData("arn:aws:lambda:::function:${fn_update_metadata}")]
    [InlineData("arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:activity:${Name}")]
    public void Resources_AWS_runs_are_accepted(string resource)
        => AssertAcceptedWith("{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\"" + resource + "\",\"End\":true}}}");

    [Theory]
    [InlineData("$.[0]")]
    [InlineData("$.Snapshots.[0].State")]
    [InlineData("$.[*].['bucket','key']")]
    [InlineData("$.[?(@.OU > 0)]")]
    [InlineData("States.StringToJson($.[0].body)")]
    public void Jayway_paths_with_a_bracket_after_a_dot_are_accepted(string value)
        => AssertAcceptedWith("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Parameters\":{\"v.$\":\"" + value + "\"},\"End\":true}}}");

    [Fact]
    public void An_unquoted_word_in_a_filter_is_a_warning()
        => AssertAcceptedWith("""{"StartAt":"P","States":{"P":{"Type":"Pass","Parameters":{"v.$":"$.Fields[?(@.Type.Text==VENDOR_NAME)].Value"},"End":true}}}""", "ASL1212");

    /// <summary>Definitions AWS refused in recorded ValidateStateMachineDefinition / CreateStateMachine answers.</summary>
    [Theory]
    [InlineData("""{"States":{"P":{"Type":"Pass","End":true}}}""", "ASL1022")]
    [InlineData("""{"QueryLanguage":"JSONata","StartAt":"Pass","States":{"Pass":{"Type":"Pass","QueryLanguage":"JSONPath","End":true}}}""", "ASL1244")]
    [InlineData("""{"StartAt":"S","States":{"S":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Credentials":{},"Arguments":{},"QueryLanguage":"JSONata","End":true}}}""", "ASL1183")]
    [InlineData("""{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"Missing"},"B":{"Type":"Succeed"}}}""", "ASL1041")]
    [InlineData("""{"StartAt":"A","States":{"A":{"Type":"Pass","End":true},"C":{"Type":"Succeed"}}}""", "ASL1043")]
    [InlineData("""{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"A"}}}""", "ASL1044")]
    [InlineData("""{"StartAt":"S","States":{"S":{"Type":"Pass","Unknown":1,"End":true}}}""", "ASL1065")]
    [InlineData("""{"StartAt":"M","States":{"M":{"Type":"Map","TimeoutSeconds":5,"ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}""", "ASL1069")]
    public void Definitions_AWS_rejects_stay_errors(string json, string code)
    {
        Assert.Contains(Findings(json), f => f.Code == code && f.Severity == AslSeverity.Error);
    }
}
