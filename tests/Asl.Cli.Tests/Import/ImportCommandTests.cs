using System.Text.Json.Nodes;

namespace Asl.Cli.Tests.Import;

/// <summary><c>asl import</c>: a definition file becomes a [StateMachine] class whose generated definition is the file's.</summary>
public sealed class ImportCommandTests
{
    private const string Order = """
        {
          "Comment": "Charges and ships one order",
          "StartAt": "Validate",
          "States": {
            "Validate": {
              "Type": "Choice",
              "Choices": [
                { "And": [ { "Variable": "$.amount", "IsPresent": true }, { "Variable": "$.amount", "NumericGreaterThan": 0 } ], "Next": "Charge" }
              ],
              "Default": "Rejected"
            },
            "Charge": {
              "Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke",
              "Parameters": { "FunctionName": "${ChargeFunctionArn}", "Payload": { "orderId.$": "$.id", "token.$": "$$.Task.Token", "note": "first try" } },
              "ResultSelector": { "chargeId.$": "$.Payload.chargeId" },
              "ResultPath": "$.charge",
              "Retry": [ { "ErrorEquals": [ "Lambda.TooManyRequestsException" ], "IntervalSeconds": 2, "MaxAttempts": 3, "BackoffRate": 2 } ],
              "Catch": [ { "ErrorEquals": [ "States.ALL" ], "Next": "Rejected", "ResultPath": "$.error" } ]
            },
            "Ship": {
              "Type": "Parallel",
              "Branches": [
                { "StartAt": "Book courier", "States": { "Book courier": { "Type": "Pass", "Result": { "courier": "fast" }, "End": true } } },
                { "StartAt": "Email", "States": { "Email": { "Type": "Wait", "Seconds": 5, "End": true } } }
              ],
              "Next": "Done"
            },
            "Done": { "Type": "Succeed" },
            "Rejected": { "Type": "Fail", "Error": "Order.Rejected", "Cause": "The order cannot be charged." }
          }
        }
        """;

    [Fact]
    public void A_definition_becomes_a_fluent_class_whose_generated_definition_is_the_file()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("order-processing.asl.json", Order.Replace("\"ResultPath\": \"$.charge\",", "\"ResultPath\": \"$.charge\", \"Next\": \"Ship\","));

        var run = CliRun.InProcess("import", path, "--namespace", "Shop.Workflows");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.Contains("namespace Shop.Workflows;", run.Stdout);
        Assert.Contains("[StateMachine(Name = \"order-processing\", Comment = \"Charges and ships one order\")]", run.Stdout);
        Assert.Contains("public partial class OrderProcessing : IStateMachine", run.Stdout);
        Assert.Contains("Condition.And(Condition.IsPresent(\"$.amount\"), Condition.NumericGreaterThan(\"$.amount\", 0))", run.Stdout);
        Assert.Contains("orderId = Input.At(\"$.id\")", run.Stdout);
        Assert.Contains("token = Context.TaskToken", run.Stdout);
        Assert.Contains(".Retry(\"Lambda.TooManyRequestsException\", intervalSeconds: 2, maxAttempts: 3, backoffRate: 2)", run.Stdout);
        Assert.Contains(".Branch(branch => branch", run.Stdout);
        var (definition, problems) = ImportCompiler.Definition(run.Stdout, "Shop.Workflows.OrderProcessing");
        Assert.True(definition is not null, problems);
        Assert.True(JsonEquality.AreEqual(JsonNode.Parse(File.ReadAllText(path)), JsonNode.Parse(definition)),
            JsonEquality.FirstDifference(JsonNode.Parse(File.ReadAllText(path)), JsonNode.Parse(definition)));
    }

    [Fact]
    public void The_output_option_writes_the_class_file_under_the_class_name()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("order.asl.json", Order.Replace("\"ResultPath\": \"$.charge\",", "\"ResultPath\": \"$.charge\", \"Next\": \"Ship\","));

        var run = CliRun.InProcess("import", path, "--class", "OrderWorkflow", "-o", Path.Combine(temp.Path, "Workflows"));

        Assert.Equal(0, run.ExitCode);
        var written = Path.Combine(temp.Path, "Workflows", "OrderWorkflow.cs");
        Assert.Contains($"wrote {written}", run.Stdout);
        Assert.Contains("public partial class OrderWorkflow : IStateMachine", File.ReadAllText(written));
    }

    [Fact]
    public void What_the_fluent_API_cannot_write_is_named_with_its_state_and_field_and_nothing_is_written()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("order.asl.json", Order.Replace("{ \"StartAt\": \"Book courier\"", "{ \"Comment\": \"Courier first\", \"StartAt\": \"Book courier\"")
            .Replace("\"ResultPath\": \"$.charge\",", "\"ResultPath\": \"$.charge\", \"Next\": \"Ship\","));

        var run = CliRun.InProcess("import", path, "-o", Path.Combine(temp.Path, "out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("state \"Ship\": Branches/Comment cannot be written with the fluent API", run.Stderr);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out")));
        run.AssertNoStackTrace();
    }

    [Fact]
    public void A_catcher_that_drops_its_error_and_a_role_from_the_input_are_written_with_discard_error_and_a_path()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("order.asl.json", Order.Replace("\"ResultPath\": \"$.error\"", "\"ResultPath\": null")
            .Replace("\"ResultPath\": \"$.charge\",", "\"ResultPath\": \"$.charge\", \"Credentials\": { \"RoleArn.$\": \"$.role\" }, \"Next\": \"Ship\","));

        var run = CliRun.InProcess("import", path, "--class", "OrderWorkflow", "-o", Path.Combine(temp.Path, "Workflows"));

        Assert.Equal(0, run.ExitCode);
        var code = File.ReadAllText(Path.Combine(temp.Path, "Workflows", "OrderWorkflow.cs"));
        Assert.Contains("discardError: true", code);
        Assert.Contains("Credentials(Input.At(\"$.role\"))", code);
    }

    [Fact]
    public void Intrinsic_calls_are_written_as_Intrinsic_methods_unless_their_spelling_would_change()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("order.asl.json", Order
            .Replace("\"note\": \"first try\"", "\"note.$\": \"States.Format('Order {} of {}', $.id, States.ArrayLength($.items))\", \"tight.$\": \"States.Format('{}',$.id)\"")
            .Replace("\"ResultPath\": \"$.charge\",", "\"ResultPath\": \"$.charge\", \"Next\": \"Ship\","));

        var run = CliRun.InProcess("import", path, "--class", "OrderWorkflow", "-o", Path.Combine(temp.Path, "Workflows"));

        Assert.Equal(0, run.ExitCode);
        var code = File.ReadAllText(Path.Combine(temp.Path, "Workflows", "OrderWorkflow.cs"));
        Assert.Contains("Intrinsic.Format(\"Order {} of {}\", Input.At(\"$.id\"), Intrinsic.ArrayLength(Input.At(\"$.items\")))", code);
        Assert.Contains("DynamicValue.Encode(\"States.Format('{}',$.id)\")", code); // Intrinsic.Format would add a space
    }

    [Fact]
    public void A_definition_with_errors_is_not_imported_and_its_errors_are_printed()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("order.asl.json", Order); // Charge has neither Next nor End

        var run = CliRun.InProcess("import", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Charge", run.Stderr);
        Assert.Contains("has errors (above)", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void A_missing_file_or_a_bad_class_name_is_a_usage_error()
    {
        Assert.Equal(2, CliRun.InProcess("import", "/no/such/order.asl.json").ExitCode);
        var run = CliRun.InProcess("import", "order.asl.json", "--class", "9Lives");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--class '9Lives' is not a C# class name", run.Stderr);
    }
}
