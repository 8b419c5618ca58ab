using System.Text.Json.Nodes;
using NestedWorkflowSample.Workflows;
using Asl.Writing;

namespace Asl.Dsl.Tests.Fluent;

public class ReferenceSampleTests
{
    private static readonly string ReferenceFolder = Path.Combine(AppContext.BaseDirectory, "TestData", "workflow-within-a-workflow");

    [Theory]
    [InlineData(typeof(NestedWorkflow), "nested-state-machine.asl.json")]
    [InlineData(typeof(MainWorkflow), "main-state-machine.asl.json")]
    public void Fluent_definition_writes_JSON_equal_to_the_reference_definition(Type workflow, string referenceFile)
    {
        var define = workflow.GetMethod("Define")!;
        var machine = ((Workflow)define.Invoke(null, null)!).Build();

        var written = JsonNode.Parse(AslWriter.Write(machine));
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(ReferenceFolder, referenceFile)));

        Assert.True(JsonNode.DeepEquals(expected, written), $"Expected:\n{expected}\nWritten:\n{written}");
    }

    [Fact]
    public void Child_machine_ARN_is_the_substitution_named_after_the_child()
    {
        var machine = MainWorkflow.Define().Build();
        var start = (Model.TaskState)machine.States[0].State;

        Assert.Equal("arn:aws:states:::states:startExecution", start.Resource);
        Assert.Equal("${NestingPatternAnotherStateMachineArn}", ((Json.AslJsonObject)start.Parameters!)["StateMachineArn"] is Json.AslJsonString s ? s.Value : null);
    }
}
