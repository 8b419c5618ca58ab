using System.Reflection;
using Asl.Writing;

namespace Asl.Dsl.Tests.Fluent;

/// <summary>Define() runs at compile time (in the generator) and at run time; both must give the same ASL.</summary>
public class RunTimeAgreementTests
{
    public static TheoryData<Type> Workflows()
    {
        var data = new TheoryData<Type>();
        // Every workflow of this test project and of the sample.
        var assemblies = new[] { typeof(RunTimeAgreementTests).Assembly, typeof(NestedWorkflowSample.Workflows.MainWorkflow).Assembly };
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()).Where(t => t.GetCustomAttribute<StateMachineAttribute>() is not null))
            data.Add(type);
        return data;
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Run_time_model_writes_the_generated_definition(Type workflow)
    {
        var generated = (string)workflow.GetField("Definition")!.GetRawConstantValue()!;
        var runTime = StateMachineDefinitions.Build(workflow);

        Assert.Equal(generated, AslWriter.Write(runTime));
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void No_dynamic_value_marker_reaches_the_generated_or_the_run_time_definition(Type workflow)
    {
        var generated = (string)workflow.GetField("Definition")!.GetRawConstantValue()!;
        var runTime = AslWriter.Write(StateMachineDefinitions.Build(workflow));

        Assert.NotEmpty(generated);
        foreach (var marker in new[] { DynamicValue.Marker, DynamicValue.EndMarker })
        {
            Assert.DoesNotContain(marker, generated);
            Assert.DoesNotContain(marker, runTime);
        }
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Generated_info_names_the_machine_as_the_attribute_does(Type workflow)
    {
        var info = (StateMachineInfo)workflow.GetProperty("Info")!.GetValue(null)!;

        Assert.Equal(StateMachineNames.Of(workflow), info.Name);
        Assert.Equal(workflow.GetField("Definition")!.GetRawConstantValue(), info.Definition);
    }
}
