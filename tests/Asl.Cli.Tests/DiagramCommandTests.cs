using System.Xml.Linq;

namespace Asl.Cli.Tests;

/// <summary><c>asl diagram</c>: definitions drawn as Mermaid, SVG, dot or Markdown, with an execution's path on request.</summary>
public sealed class DiagramCommandTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private const string Order = """
        {
          "StartAt": "Charge",
          "States": {
            "Charge": {
              "Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke",
              "Parameters": { "FunctionName": "charge", "Payload.$": "$" },
              "Catch": [ { "ErrorEquals": ["States.ALL"], "Next": "Refund" } ],
              "Next": "Big order?"
            },
            "Big order?": {
              "Type": "Choice",
              "Choices": [ { "Variable": "$.total", "NumericGreaterThan": 100, "Next": "Review" } ],
              "Default": "Ship"
            },
            "Review": { "Type": "Wait", "Seconds": 3600, "Next": "Ship" },
            "Ship": { "Type": "Pass", "End": true },
            "Refund": { "Type": "Fail", "Error": "PaymentFailed" }
          }
        }
        """;

    [Fact]
    public void One_definition_is_drawn_as_a_mermaid_flowchart_on_standard_output()
    {
        var order = _folder.Write("order.asl.json", Order);

        var run = CliRun.InProcess("diagram", order);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.StartsWith("flowchart TD\n", run.Stdout);
        Assert.Contains("    Charge -.->|\"States.ALL\"| Refund\n", run.Stdout);
        Assert.Contains("    Big_order -->|\"$.total > 100\"| Review\n", run.Stdout);
        Assert.Contains("    Review[/\"Review<br/>wait 1 h\"/]\n", run.Stdout);
    }

    [Theory]
    [InlineData("svg", "order.svg")]
    [InlineData("dot", "order.dot")]
    [InlineData("markdown", "order.md")]
    public void The_format_and_output_file_are_chosen_by_options(string format, string name)
    {
        var order = _folder.Write("order.asl.json", Order);
        var target = Path.Combine(_folder.Path, "out", name);

        var run = CliRun.InProcess("diagram", order, "--format", format, "-o", target);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"asl diagram: wrote {target} (5 states).", run.Lines.Single());
        var text = File.ReadAllText(target);
        switch (format)
        {
            case "svg":
                var svg = XDocument.Parse(text);
                Assert.Equal(5, svg.Descendants().Count(e => ((string?)e.Attribute("class"))?.Split(' ').Contains("state") == true));
                Assert.Equal("order", svg.Root!.Elements().First(e => e.Name.LocalName == "title").Value);
                break;
            case "dot":
                Assert.StartsWith("digraph \"order\" {\n", text);
                break;
            default:
                Assert.StartsWith("# order\n\n```mermaid\nflowchart TD\n", text);
                Assert.EndsWith("```\n\nDrawn by `asl diagram` from [order.asl.json](order.asl.json).\n", text);
                break;
        }
    }

    [Fact]
    public void A_directory_is_drawn_file_by_file_beside_each_definition_or_mirrored_into_the_output_directory()
    {
        _folder.Write("flows/order.asl.json", Order);
        _folder.Write("flows/billing/charge.asl.json", """{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}""");
        var flows = Path.Combine(_folder.Path, "flows");

        var beside = CliRun.InProcess("diagram", flows, "--format", "svg");
        var mirrored = CliRun.InProcess("diagram", flows, "-o", Path.Combine(_folder.Path, "pictures"));

        Assert.Equal(0, beside.ExitCode);
        Assert.True(File.Exists(Path.Combine(flows, "order.svg")));
        Assert.True(File.Exists(Path.Combine(flows, "billing", "charge.svg")));
        Assert.Equal(0, mirrored.ExitCode);
        Assert.Equal(
            [$"asl diagram: wrote {Path.Combine(_folder.Path, "pictures", "billing", "charge.mmd")} (1 state).", $"asl diagram: wrote {Path.Combine(_folder.Path, "pictures", "order.mmd")} (5 states)."],
            mirrored.Lines);
    }

    [Fact]
    public void The_history_of_asl_run_highlights_the_path_the_execution_took()
    {
        var order = _folder.Write("order.asl.json", Order);
        var mocks = _folder.Write("mocks.json", """
            {"StateMachines":{"order":{"TestCases":{"Declined":{"Charge":"Fails"}}}},
             "MockedResponses":{"Fails":{"0":{"Throw":{"Error":"Card.Declined","Cause":"no funds"}}}}}
            """);
        var execution = CliRun.InProcess("run", order, "--mock-config", mocks, "--history");
        Assert.Equal(0, execution.ExitCode);
        var history = _folder.Write("history.json", execution.Stdout);

        var run = CliRun.InProcess("diagram", order, "--history", history, "--format", "svg");

        Assert.Equal(0, run.ExitCode);
        var svg = XDocument.Parse(run.Stdout);
        string[] With(string cls) => svg.Descendants().Where(e => ((string?)e.Attribute("class"))?.Split(' ') is { } c && c.Contains("state") && c.Contains(cls))
            .Select(e => (string)e.Attribute("data-state")!).ToArray();
        Assert.Equal(["Charge", "Refund"], With("failed"));
        Assert.Equal(["Big order?", "Review", "Ship"], With("unvisited"));
        Assert.Equal(["_start>Charge", "Charge>Refund"], svg.Descendants().Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains("taken") == true)
            .Select(e => $"{e.Attribute("data-from")!.Value}>{e.Attribute("data-to")!.Value}"));
        Assert.Contains("Execution FAILED: 2 of 5 states entered, 2 failed (red)", run.Stdout);
    }

    [Fact]
    public void A_get_execution_history_response_from_aws_highlights_the_path_in_mermaid()
    {
        var order = _folder.Write("order.asl.json", Order);
        var history = _folder.Write("history.json", """
            {
              "events": [
                { "timestamp": "2026-01-01T00:00:00Z", "type": "ExecutionStarted", "id": 1, "previousEventId": 0, "executionStartedEventDetails": { "input": "{}" } },
                { "type": "TaskStateEntered", "id": 2, "previousEventId": 0, "stateEnteredEventDetails": { "name": "Charge", "input": "{}" } },
                { "type": "TaskScheduled", "id": 3, "previousEventId": 2, "taskScheduledEventDetails": { "resourceType": "lambda", "resource": "invoke" } },
                { "type": "TaskSucceeded", "id": 4, "previousEventId": 3, "taskSucceededEventDetails": { "output": "{}" } },
                { "type": "TaskStateExited", "id": 5, "previousEventId": 4, "stateExitedEventDetails": { "name": "Charge", "output": "{\"total\":5}" } },
                { "type": "ChoiceStateEntered", "id": 6, "previousEventId": 5, "stateEnteredEventDetails": { "name": "Big order?" } },
                { "type": "ChoiceStateExited", "id": 7, "previousEventId": 6, "stateExitedEventDetails": { "name": "Big order?" } },
                { "type": "PassStateEntered", "id": 8, "previousEventId": 7, "stateEnteredEventDetails": { "name": "Ship" } },
                { "type": "PassStateExited", "id": 9, "previousEventId": 8, "stateExitedEventDetails": { "name": "Ship" } },
                { "type": "ExecutionSucceeded", "id": 10, "previousEventId": 9, "executionSucceededEventDetails": { "output": "{}" } }
              ],
              "nextToken": null
            }
            """);

        var run = CliRun.InProcess("diagram", order, "--history", history);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("    class _start,Charge,Big_order,Ship,_end visited\n", run.Stdout);
        Assert.Contains("    class Review,Refund unvisited\n", run.Stdout);
        // Edges in order: start, Next, Catch, Choice rule, Default, Next, End.
        Assert.Contains("    linkStyle 0,1,4,6 stroke:#1a7f37,stroke-width:3px\n", run.Stdout);
    }

    [Fact]
    public void A_definition_with_errors_is_drawn_with_its_errors_and_exit_code_1()
    {
        var broken = _folder.Write("broken.asl.json", """{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"Nowhere"}}}""");

        var run = CliRun.InProcess("diagram", broken);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{broken}(1,45): error ASL1041:", run.Stderr);
        Assert.Contains("it is drawn as it is", run.Stderr);
        Assert.Contains("    Nowhere>\"Nowhere<br/>no such state\"]\n", run.Stdout);
    }

    [Theory]
    [InlineData("{\"events\": [", "(1,13): the history is not valid JSON")]
    [InlineData("{\"executionArn\": \"x\"}", "(1,1): this is not an execution history: it has no \"events\" array")]
    [InlineData("{\"events\": [{\"id\": 1, \"previousEventId\": 0, \"type\": \"ExecutionStarted\"},\n  {\"id\": 2}]}", "(2,3): event 2 of the history has no \"type\"")]
    [InlineData("[]", ": the history has no events.")]
    [InlineData("  ", ": the history file is empty.")]
    public void A_history_that_cannot_be_read_is_exit_code_2_with_where_it_breaks(string content, string expected)
    {
        var order = _folder.Write("order.asl.json", Order);
        var history = _folder.Write("history.json", content);

        var run = CliRun.InProcess("diagram", order, "--history", history);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.StartsWith("asl diagram: " + history + expected, run.Stderr);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void The_history_of_another_machine_is_refused()
    {
        var order = _folder.Write("order.asl.json", Order);
        var history = _folder.Write("history.json", """[{"id":1,"previousEventId":0,"type":"PassStateEntered","stateEnteredEventDetails":{"name":"Elsewhere"}}]""");

        var run = CliRun.InProcess("diagram", order, "--history", history);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"asl diagram: the history's states ('Elsewhere') are not in '{order}'; is it the history of another state machine?\n", run.Stderr);
    }

    [Fact]
    public void Unusable_input_and_options_are_exit_code_2()
    {
        var order = _folder.Write("order.asl.json", Order);
        var notJson = _folder.Write("notes.json", "not json");

        Assert.Equal(2, CliRun.InProcess("diagram", Path.Combine(_folder.Path, "missing.asl.json")).ExitCode);
        var unreadable = CliRun.InProcess("diagram", notJson);
        Assert.Equal(2, unreadable.ExitCode);
        Assert.Contains($"asl diagram: '{notJson}' cannot be drawn", unreadable.Stderr);
        var format = CliRun.InProcess("diagram", order, "--format", "png");
        Assert.Equal(2, format.ExitCode);
        Assert.Contains("'png' is not a valid value for --format; use one of: mermaid, svg, dot, markdown.", format.Stderr);
        var history = CliRun.InProcess("diagram", _folder.Path, "--history", order);
        Assert.Equal(2, history.ExitCode);
        Assert.Contains("--history goes with one definition file", history.Stderr);
    }
}
