using static Asl.Local.Tests.TestEngine;

namespace Asl.Local.Tests;

/// <summary>Workflow variables with JSONPath: Assign, $name references and their scope.</summary>
public class VariableTests
{
    [Fact]
    public async Task Assigned_variables_are_readable_in_later_states()
        => Assert.Equal("""{"product":"p1","count":42,"first":"a"}""", await OutputOfAsync("""
            {"StartAt":"Set","States":{
              "Set":{"Type":"Pass","Assign":{"product":"p1","count":42,"first.$":"$.items[0]"},"Next":"Use"},
              "Use":{"Type":"Pass","Parameters":{"product.$":"$product","count.$":"$count","first.$":"$first"},"End":true}}}
            """, """{"items":["a","b"]}"""));

    [Fact]
    public async Task Assign_in_a_task_sees_the_result_as_dollar()
    {
        using var engine = Create();
        engine.RegisterLambda("Get", _ => Asl.Local.Json.JsonText.Parse("""{"id":9}"""));

        var result = await engine.RunDefinitionAsync("""
            {"StartAt":"T","States":{
              "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"Get"},
                   "Assign":{"id.$":"$.Payload.id"},"ResultPath":null,"Next":"Use"},
              "Use":{"Type":"Pass","Parameters":{"id.$":"$id"},"End":true}}}
            """);

        Assert.Equal("""{"id":9}""", result.Output);
    }

    [Fact]
    public async Task Assign_reads_the_values_from_before_the_state()
        => Assert.Equal("""{"a":2,"b":1}""", await OutputOfAsync("""
            {"StartAt":"One","States":{
              "One":{"Type":"Pass","Assign":{"a":1},"Next":"Two"},
              "Two":{"Type":"Pass","Assign":{"a":2,"b.$":"$a"},"Next":"Use"},
              "Use":{"Type":"Pass","Parameters":{"a.$":"$a","b.$":"$b"},"End":true}}}
            """));

    [Fact]
    public async Task The_exit_event_lists_the_assigned_variables()
    {
        using var engine = Create();
        var result = await engine.RunDefinitionAsync("""{"StartAt":"P","States":{"P":{"Type":"Pass","Assign":{"x":{"k":1}},"End":true}}}""");
        var exited = engine.GetExecutionHistory(result.ExecutionArn).Single(e => e.Type == HistoryEventType.PassStateExited);

        Assert.Equal("""{"k":1}""", Asl.Local.Json.JsonText.Write(exited.AssignedVariables!["x"]));
        Assert.Contains("\"assignedVariables\":{\"x\":\"{\\\"k\\\":1}\"}", Asl.Local.Json.JsonText.Write(exited.ToAwsJson()));
    }

    [Fact]
    public async Task A_Catch_can_assign_from_the_error_output()
        => Assert.Equal("\"Bad\"", await OutputOfAsync("""
            {"StartAt":"P","States":{
              "P":{"Type":"Parallel","Branches":[{"StartAt":"F","States":{"F":{"Type":"Fail","Error":"Bad"}}}],
                   "Catch":[{"ErrorEquals":["States.ALL"],"Assign":{"err.$":"$.Error"},"Next":"Use"}],"End":true},
              "Use":{"Type":"Pass","Parameters":{"e.$":"$err"},"OutputPath":"$.e","End":true}}}
            """));

    [Fact]
    public async Task Choice_rules_can_assign()
        => Assert.Equal("\"big\"", await OutputOfAsync("""
            {"StartAt":"C","States":{
              "C":{"Type":"Choice","Choices":[{"Variable":"$.n","NumericGreaterThan":10,"Assign":{"size":"big"},"Next":"Use"}],"Default":"Use","Assign":{"size":"small"}},
              "Use":{"Type":"Pass","Parameters":{"s.$":"$size"},"OutputPath":"$.s","End":true}}}
            """, """{"n":11}"""));

    [Fact]
    public async Task An_undefined_variable_fails_with_States_Runtime()
    {
        var result = await RunAsync(Pass("\"Parameters\":{\"v.$\":\"$nothing\"}"));

        Assert.Equal("States.Runtime", result.Error);
        Assert.Contains("'$nothing'", result.Cause);
    }
}
