using System.Text.Json;
using Asl.Local;

namespace Asl.Testing;

/// <summary>How a <see cref="WorkflowHarness"/> runs and reads values.</summary>
public sealed record WorkflowHarnessOptions
{
    /// <summary>
    /// The engine's options: the clock (virtual by default), where it starts, the region and account in ARNs, a random
    /// seed for repeatable runs, and a Step Functions Local mock configuration (<see cref="LocalEngineOptions.MockConfig"/>).
    /// </summary>
    public LocalEngineOptions Engine { get; init; } = new();

    /// <summary>How inputs, outputs and mock requests and responses are (de)serialized; when null, the typed clients' defaults (a machine's input and output, and the requests and answers of MockLambda and MockTask mocks it calls, with its naming policy, <see cref="StateMachineInfo.JsonNaming"/>).</summary>
    public JsonSerializerOptions? SerializerOptions { get; init; }

    /// <summary>
    /// Fail the first run when a mock stands in for a Lambda function or resource that no Task state of the registered
    /// machines names (a misspelt name would otherwise leave the mock unused and the real call unmocked).
    /// </summary>
    public bool StrictMocks { get; init; }

    /// <summary>
    /// Bind each <c>[LambdaFunction]</c> method of the registered machines' assemblies to its function (default true); a
    /// mock of the same function takes precedence.
    /// </summary>
    public bool BindLambdaFunctions { get; init; } = true;

    /// <summary>
    /// Services for the constructors of <c>[LambdaFunction]</c> classes, beyond what the harness supplies itself
    /// (<c>IStepFunctionsApi</c>: its in-process API; <see cref="LocalEngine"/>; <see cref="WorkflowHarness"/>).
    /// </summary>
    public IServiceProvider? Services { get; init; }
}
