using Microsoft.CodeAnalysis;

namespace Asl.Generators.Tests;

/// <summary>
/// A [StateMachine] class whose Define() has an error still gets every generated member (name, Info, the typed client;
/// the definition is empty), so code that uses them compiles and the only errors shown are the real ones.
/// </summary>
public class NoCascadeTests
{
    private const string Workflow = """
        using Asl;
        using static Asl.States;

        namespace Shop;

        public sealed record Order(string OrderId);

        [StateMachine(Name = "Orders")]
        public partial class OrderWorkflow : IStateMachine<Order, string>
        {
            public static Workflow Define() => Workflow.StartWith(Pass("Stamp").Result(System.DateTime.Now.Ticks));
        }
        """;

    private const string Caller = """
        using Asl.Api;

        namespace Shop;

        public static class Checkout
        {
            public static OrderWorkflowClient Client(IStepFunctionsApi api) => new OrderWorkflowClient(api, "arn:aws:states:us-east-1:123456789012:stateMachine:Orders");

            public static string Name => OrderWorkflow.StateMachineName + OrderWorkflow.Info.Name + OrderWorkflow.Definition;

            public static int Broken() => "not a number";
        }
        """;

    [Fact]
    public void A_Define_error_leaves_the_generated_members_so_only_the_real_errors_are_reported()
    {
        var (result, compiler) = GeneratorHarness.Run(Workflow, Caller);

        Assert.Equal("ASL0001", Assert.Single(result.Diagnostics).Id);
        var errors = compiler.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        // The caller's own mistake is reported; nothing about the generated members is missing.
        Assert.Equal("CS0029", Assert.Single(errors).Id);
        var generated = result.GeneratedTrees.Single().ToString();
        Assert.Contains("public const string Definition = @\"\";", generated);
        Assert.Contains("sealed partial class OrderWorkflowClient", generated);
    }

    [Fact]
    public void A_class_that_is_not_partial_still_gets_its_client()
    {
        var (result, compiler) = GeneratorHarness.Run(Workflow.Replace("public partial class OrderWorkflow", "public class OrderWorkflow"),
            Caller.Replace("OrderWorkflow.StateMachineName + OrderWorkflow.Info.Name + OrderWorkflow.Definition", "\"\""));

        Assert.Contains(result.Diagnostics, d => d.Id == "ASL0008");
        Assert.Equal("CS0029", Assert.Single(compiler, d => d.Severity == DiagnosticSeverity.Error).Id);
    }
}
