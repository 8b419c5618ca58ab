using System.Text.Json;
using Asl.Dsl.Tests.Workflows;
using NestedWorkflowSample.Workflows;

namespace Asl.Dsl.Tests.Fluent;

/// <summary>The generated <c>Info</c>: typed by the machine's input and output, with its class and its children's Info.</summary>
public class GeneratedInfoTests
{
    [Fact]
    public void Info_carries_the_machine_types_as_type_arguments_and_its_class()
    {
        StateMachineInfo<MainInput, string[]> info = MainWorkflow.Info;

        Assert.Equal(typeof(MainWorkflow), info.Class);
        Assert.Equal(typeof(MainInput), info.InputType);
    }

    [Fact]
    public void A_machine_without_declared_types_has_json_elements_as_type_arguments()
    {
        StateMachineInfo<JsonElement, JsonElement> info = PingWorkflow.Info;

        Assert.Null(info.InputType);
        Assert.Equal(typeof(PingWorkflow), info.Class);
    }

    [Fact]
    public void A_child_substitution_leads_to_the_child_machine_info()
    {
        var child = Assert.Single(MainWorkflow.Info.Substitutions);

        Assert.Equal(SubstitutionKind.StateMachine, child.Kind);
        Assert.Same(NestedWorkflow.Info, child.Machine);
        Assert.Null(Assert.Single(NestedWorkflow.Info.Substitutions).Machine);
    }

    [Fact]
    public void Machines_that_start_each_other_reach_each_other_through_their_info()
    {
        var pong = Assert.Single(PingWorkflow.Info.Substitutions).Machine;

        Assert.Same(PongWorkflow.Info, pong);
        Assert.Same(PingWorkflow.Info, Assert.Single(pong!.Substitutions).Machine);
    }
}
