using Asl.Build.Metadata;
using Asl.Build.Yaml;
using NestedWorkflowSample.Functions;
using NestedWorkflowSample.Workflows;
using static Asl.Build.Tests.TestSupport;

namespace Asl.Build.Tests;

/// <summary>
/// Methods marked [LambdaFunction] become AWS::Serverless::Function resources, and the definitions' placeholders of
/// the same name are filled with their ARNs instead of template parameters.
/// </summary>
public sealed class FunctionDeclarationTests
{
    private static readonly string ThisAssembly = typeof(CallbackFunction).Assembly.Location;

    private static FunctionArtifact Function(string name, params string[] actions) =>
        new(name, "App::App.Functions.Handler::HandleAsync", "dotnet10", 0, 0, actions);

    private static string Invoke(string placeholder) => OneTask("arn:aws:states:::lambda:invoke", "{\"FunctionName\":\"${" + placeholder + "}\"}");

    [Fact]
    public void The_sample_callback_method_is_read_from_metadata_with_its_handler_string_and_settings()
    {
        var project = ArtifactMetadataReader.ReadProject(ThisAssembly, out var error);

        Assert.Null(error);
        var function = Assert.Single(project!.Functions);
        Assert.Equal(NestedWorkflow.CallbackFunction, function.Name);
        Assert.Equal($"{typeof(CallbackFunction).Assembly.GetName().Name}::NestedWorkflowSample.Functions.CallbackFunction::HandleEventAsync", function.Handler);
        Assert.Equal(("dotnet10", 25, 512), (function.Runtime, function.TimeoutSeconds, function.MemorySize));
        Assert.Equal(["states:SendTaskSuccess"], function.Actions);
    }

    [Fact]
    public void The_handler_string_names_a_stream_method_the_managed_runtime_can_call_without_a_serializer()
    {
        var function = ArtifactMetadataReader.ReadProject(ThisAssembly, out _)!.Functions.Single();
        var parts = function.Handler.Split("::");

        var type = typeof(CallbackFunction).Assembly.GetType(parts[1], throwOnError: true)!;
        var method = type.GetMethod(parts[2])!;
        Assert.Equal([typeof(Stream)], method.GetParameters().Select(p => p.ParameterType));
        Assert.Equal(typeof(Task), method.ReturnType);
        Assert.NotNull(type.GetConstructor(Type.EmptyTypes));
    }

    [Fact]
    public void An_assembly_without_functions_has_none()
    {
        var project = ArtifactMetadataReader.ReadProject(typeof(ArtifactMetadataReader).Assembly.Location, out var error);

        Assert.Null(error);
        Assert.Empty(project!.Functions);
    }

    [Fact]
    public void A_function_of_the_project_is_declared_and_fills_its_placeholder_with_GetAtt_Arn()
    {
        var (document, findings) = SamTemplate(
            [Machine("Caller", Invoke("Notify"), "Notify LambdaFunction Notify")], [Function("Notify", "states:SendTaskSuccess")], "../");

        Assert.Empty(findings);
        Assert.Null(At(document, "Parameters"));
        Assert.Equal("AWS::Serverless::Function", Inline(At(document, "Resources", "Notify", "Type")));
        Assert.Equal("!GetAtt Notify.Arn", Inline(At(document, "Resources", "Caller", "Properties", "DefinitionSubstitutions", "Notify")));
        AssertStatements(document, "Caller",
            "{Sid: InvokeFunctions, Effect: Allow, Action: [\"lambda:InvokeFunction\"], Resource: [!GetAtt Notify.Arn, !Sub \"${Notify.Arn}:*\"]}");
        Assert.Equal("!GetAtt Notify.Arn", Inline(At(document, "Outputs", "NotifyArn", "Value")));
    }

    [Fact]
    public void The_function_resource_has_runtime_handler_code_settings_logs_and_its_own_calls()
    {
        var function = Function("Notify", "states:SendTaskSuccess", "states:SendTaskFailure") with { TimeoutSeconds = 25, MemorySize = 512 };
        var (document, _) = SamTemplate([Machine("Caller", Invoke("Notify"), "Notify LambdaFunction Notify")], [function], "../");

        var properties = At(document, "Resources", "Notify", "Properties");
        Assert.Equal(
            "{Runtime: dotnet10, Handler: \"App::App.Functions.Handler::HandleAsync\", CodeUri: \"../\", Timeout: 25, MemorySize: 512, "
            + "Policies: [AWSLambdaBasicExecutionRole, {Version: \"2012-10-17\", Statement: [{Sid: FunctionCalls, Effect: Allow, "
            + "Action: [\"states:SendTaskSuccess\", \"states:SendTaskFailure\"], Resource: \"*\"}]}]}",
            Inline(properties));
    }

    [Fact]
    public void A_function_without_own_calls_gets_only_the_basic_execution_role_and_no_unset_settings()
    {
        var (document, _) = SamTemplate([Machine("Caller", Invoke("Notify"), "Notify LambdaFunction Notify")], [Function("Notify")], "./");

        Assert.Null(At(document, "Resources", "Notify", "Properties", "Timeout"));
        Assert.Null(At(document, "Resources", "Notify", "Properties", "MemorySize"));
        Assert.Equal("[AWSLambdaBasicExecutionRole]", Inline(At(document, "Resources", "Notify", "Properties", "Policies")));
    }

    [Fact]
    public void A_function_used_as_a_Task_Resource_placeholder_is_wired_the_same_way()
    {
        var (document, _) = SamTemplate([Machine("Caller", OneTask("${Notify}"), "Notify LambdaFunction Notify")], [Function("Notify")], "./");

        Assert.Null(At(document, "Parameters"));
        Assert.Equal("!GetAtt Notify.Arn", Inline(At(document, "Resources", "Caller", "Properties", "DefinitionSubstitutions", "Notify")));
    }

    [Fact]
    public void Placeholders_of_functions_the_project_does_not_declare_stay_parameters()
    {
        var (document, _) = SamTemplate(
            [Machine("Caller", Invoke("External"), "External LambdaFunction External")], [Function("Notify")], "./");

        Assert.NotNull(At(document, "Parameters", "External"));
        Assert.Equal("!Ref External", Inline(At(document, "Resources", "Caller", "Properties", "DefinitionSubstitutions", "External")));
        Assert.NotNull(At(document, "Resources", "Notify"));
    }

    [Fact]
    public void A_function_never_takes_a_logical_ID_that_a_machine_or_its_role_needs()
    {
        var (document, _) = SamTemplate([Machine("Notify", Invoke("Notify"), "Notify LambdaFunction Notify")], [Function("Notify")], "./");

        Assert.Equal("AWS::Serverless::Function", Inline(At(document, "Resources", "Notify", "Type")));
        Assert.Equal("AWS::Serverless::StateMachine", Inline(At(document, "Resources", "Notify2", "Type")));
        Assert.Equal("!GetAtt Notify.Arn", Inline(At(document, "Resources", "Notify2", "Properties", "DefinitionSubstitutions", "Notify")));
    }

    private static (YamlMapping Document, IReadOnlyList<Template.BuildFinding> Findings) SamTemplate(
        MachineArtifact[] machines, FunctionArtifact[] functions, string codeUri)
    {
        var names = new Template.FileNames();
        var planned = machines.Select(m => new Template.PlannedMachine(m, names.Allocate(m.Name))).ToList();
        return Template.SamTemplate.Build(planned, "Project", functions, codeUri);
    }
}
