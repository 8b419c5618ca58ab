using System.Text;

namespace Asl.Benchmarks.Inputs;

/// <summary>
/// C# sources for the generator benchmarks: <c>machines</c> [StateMachine] classes of <c>states</c> fluent states
/// each (Pass with payload templates and intrinsics, Lambda invocations with Retry, Wait, Choice, and an inline
/// Map every tenth state), one class per file, plus one unrelated file to edit.
/// </summary>
public static class WorkflowSources
{
    /// <summary>The file with no workflow in it.</summary>
    public const string UnrelatedFileName = "Helpers.cs";

    /// <summary>The unrelated file; <see cref="EditUnrelated"/> changes its method body.</summary>
    public const string Unrelated = """
        namespace Bench;

        public static class Helpers
        {
            public static int Twice(int x) => x * 2;
        }
        """;

    /// <summary>Shared types the workflows use.</summary>
    public const string Shared = """
        namespace Bench;

        public sealed record OrderInput(string OrderId, int Count, bool Flag);
        """;

    /// <summary>The file of the workflow built by helper methods and loops.</summary>
    public const string LoopFileName = "Fleet.cs";

    /// <summary>
    /// A workflow built the way the DSL guide shows reuse: a shared retry policy (a generic extension method over a
    /// static readonly array), a fragment method of three states, and two nested loops that call it 15 times (47 states).
    /// </summary>
    public const string LoopWorkflow = """
        using Asl;
        using static Asl.States;

        namespace Bench;

        public static class FleetParts
        {
            public static readonly string[] Regions = ["eu-west-1", "eu-central-1", "us-east-1", "us-west-2", "ap-southeast-2"];
            public static readonly string[] Transient = [Errors.TaskFailed, "Lambda.TooManyRequestsException"];

            public static T Standard<T>(this T state) where T : WorkStateBuilder<T> =>
                state.Retry(Transient, intervalSeconds: 2, maxAttempts: 3, backoffRate: 2.0);

            public static Chain Deploy(string region, int wave) => Chain
                .StartWith(LambdaInvoke($"Deploy {region} wave {wave}", "${DeployArn}")
                    .Payload(new { Region = region, Wave = wave, Order = Input.At("$.OrderId") })
                    .Standard())
                .Then(Wait($"Settle {region} wave {wave}").Seconds(5 * wave))
                .Then(Pass($"Check {region} wave {wave}").Parameters(new { Label = "Deployed " + region + " for " + Input.At("$.OrderId") }));
        }

        [StateMachine(Name = "Fleet")]
        public partial class Fleet : IStateMachine<OrderInput, string>
        {
            public static Workflow Define()
            {
                var chain = Chain.StartWith(Pass("Start"));
                for (var wave = 1; wave <= 3; wave++)
                    foreach (var region in FleetParts.Regions)
                        chain = chain.Then(FleetParts.Deploy(region, wave));
                return Workflow.StartWith(chain).Then(Succeed("Done"));
            }
        }
        """;

    /// <summary>The file name of workflow <paramref name="index"/>.</summary>
    public static string FileName(int index) => $"Workflow{index:D3}.cs";

    /// <summary>The unrelated file after an edit (<paramref name="version"/> makes each edit different).</summary>
    public static string EditUnrelated(int version) => Unrelated.Replace("x * 2", $"x * 2 + {version} - {version}");

    /// <summary>A workflow after an edit of one Wait's seconds (a real change of its definition).</summary>
    public static string EditWorkflow(string source, int version) => source.Replace(".Seconds(5)", $".Seconds({6 + version % 50})");

    /// <summary>The source of workflow <paramref name="index"/> with <paramref name="states"/> top-level states.</summary>
    public static string Workflow(int index, int states)
    {
        var name = $"Machine{index:D3}";
        var text = new StringBuilder();
        text.AppendLine("using Asl;");
        text.AppendLine("using static Asl.States;");
        text.AppendLine();
        text.AppendLine("namespace Bench;");
        text.AppendLine();
        text.AppendLine($"[StateMachine(Name = \"{name}\")]");
        text.AppendLine($"public partial class {name} : IStateMachine<OrderInput, string>");
        text.AppendLine("{");
        text.AppendLine("    public static Workflow Define() => Workflow");
        for (var i = 1; i <= states; i++)
        {
            var verb = i == 1 ? "StartWith" : "Then";
            text.Append("        .").Append(verb).Append('(').Append(State(index, i, states)).AppendLine(")");
        }
        text.AppendLine($"        .Comment(\"Generated workflow {index} with {states} states.\");");
        text.AppendLine("}");
        return text.ToString();
    }

    private static string State(int machine, int i, int states)
    {
        var name = $"\"Step {i}\"";
        var last = i == states;
        return (i % 10, last) switch
        {
            (_, true) => $"Pass({name}).Result(new {{ Done = true, Machine = {machine} }})",
            (0, _) => $"Map({name}).ItemsPath(\"$.Items\").MaxConcurrency(4)" +
                      $".ItemProcessor(Chain.StartWith(Pass(\"Step {i} price\").Parameters(new {{ Sku = Input.At(\"$.sku\"), Twice = Intrinsic.MathAdd(Input.At(\"$.price\"), Input.At(\"$.price\")) }}))" +
                      $".Then(LambdaInvoke(\"Step {i} reserve\", \"arn:aws:lambda:us-east-1:123456789012:function:reserve\").Payload(new {{ Item = Input.Whole }})))" +
                      ".ResultPath(\"$.Lines\")",
            (3, _) => $"Wait({name}).Seconds(5)",
            (6, _) when i + 2 <= states => $"Choice({name}).When(Condition.NumericGreaterThan(\"$.Count\", {i}), \"Step {i + 2}\")" +
                      $".When(Condition.And(Condition.BooleanEquals(\"$.Flag\", true), Condition.StringEquals(\"$.OrderId\", \"o-{i}\")), \"Step {i + 1}\")" +
                      $".Otherwise(\"Step {i + 1}\")",
            (1 or 4 or 8, _) => $"LambdaInvoke({name}, \"arn:aws:lambda:us-east-1:123456789012:function:step-{i % 7}\")" +
                                $".Payload(new {{ Order = Input.At(\"$.OrderId\"), Step = {i}, Execution = Context.ExecutionId }})" +
                                $".ResultPath(\"$.Step{i}\").Retry(Errors.TaskFailed, intervalSeconds: 2, maxAttempts: 3, backoffRate: 2.0)",
            _ => $"Pass({name}).Parameters(new {{ Order = Input.At(\"$.OrderId\"), Label = Intrinsic.Format(\"order-{{}}-{i}\", Input.At(\"$.OrderId\")), Count = Input.At(\"$.Count\") }}).ResultPath(\"$.P{i}\")",
        };
    }
}
