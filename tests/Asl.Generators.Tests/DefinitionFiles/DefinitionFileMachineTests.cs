using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using static Asl.Generators.Tests.DefinitionFiles.DefinitionFileHarness;

namespace Asl.Generators.Tests.DefinitionFiles;

/// <summary>[StateMachine(DefinitionFile = ...)]: a machine whose definition is an .asl.json file of the project.</summary>
public class DefinitionFileMachineTests
{
    private const string OrderJson = """
        {
          "Comment": "Charges and ships one order",
          "StartAt": "Charge",
          "States": {
            "Charge": {
              "Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke",
              "Parameters": { "FunctionName": "${ChargeFunctionArn}", "Payload.$": "$" },
              "Next": "Ship"
            },
            "Ship": { "Type": "Succeed" }
          }
        }
        """;

    private static string Class(string attribute, string members = "") => $$"""
        using Asl;

        namespace Shop;

        public sealed record Order(string Id);

        {{attribute}}
        public partial class OrderFlow : IStateMachine<Order, string>
        {
        {{members}}
        }
        """;

    [Fact]
    public void A_definition_file_gives_the_generated_members_and_the_typed_client_of_a_CSharp_workflow()
    {
        var outcome = Run(Class("""[StateMachine(Name = "Orders", DefinitionFile = "flows/order.asl.json")]"""), File("flows/order.asl.json", OrderJson));

        Assert.Empty(outcome.Diagnostics);
        Assert.Empty(outcome.CompilerErrors);
        var type = outcome.Compilation.GetTypeByMetadataName("Shop.OrderFlow")!;
        Assert.Equal("Orders", Constant(type, "StateMachineName"));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(OrderJson), JsonNode.Parse(Constant(type, "Definition"))));
        Assert.Contains(type.GetMembers("Info"), m => m is IPropertySymbol);
        var client = outcome.Compilation.GetTypeByMetadataName("Shop.OrderFlowClient")!;
        Assert.Equal("Asl.Clients.StateMachineClient<Shop.Order, string>", client.BaseType!.ToDisplayString());
        Assert.Contains("new global::Asl.Substitution(\"ChargeFunctionArn\"", outcome.Generated("OrderFlow"));
    }

    [Fact]
    public void Without_a_project_folder_the_path_is_relative_to_the_CSharp_file()
    {
        // GeneratorHarness names the C# file Workflow0.cs, in no folder: the file is then looked up as written.
        var outcome = Run(Class("""[StateMachine(DefinitionFile = "order.asl.json")]"""), projectDir: null,
            new InMemoryText("order.asl.json", OrderJson));

        Assert.Empty(outcome.Diagnostics);
        Assert.Empty(outcome.CompilerErrors);
    }

    [Fact]
    public void A_rule_finding_is_reported_at_its_line_and_column_in_the_JSON_file()
    {
        var json = """
            {
              "StartAt": "Charge",
              "States": {
                "Charge": {
                  "Type": "Pass",
                  "Next": "Shipp"
                },
                "Ship": { "Type": "Succeed" }
              }
            }
            """;
        var outcome = Run(Class("""[StateMachine(DefinitionFile = "flows/order.asl.json")]"""), File("flows/order.asl.json", json));

        var finding = Assert.Single(outcome.Diagnostics, d => d.GetMessage().Contains("Shipp"));
        Assert.Equal("ASL1041", finding.Id);
        var span = finding.Location.GetLineSpan();
        Assert.Equal(ProjectDir + "flows/order.asl.json", span.Path);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(5, 6), span.StartLinePosition); // line 6, column 7: "Next"
        Assert.Equal("\"Next\"", json.ReplaceLineEndings("\n").Split('\n')[5].Substring(6, finding.Location.SourceSpan.Length));
        // The generated members still bind, with an empty definition.
        Assert.Empty(outcome.CompilerErrors);
    }

    [Fact]
    public void The_misspelt_Default_of_docs_import_md_is_reported_on_its_key()
    {
        var refund = System.IO.File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "getting-started", "Orders", "flows", "refund.asl.json"))
            .Replace("\"Default\": \"Nothing to refund\"", "\"Default\": \"Nothing to refnd\"");
        var outcome = Run(Class("""[StateMachine(DefinitionFile = "flows/refund.asl.json")]"""), File("flows/refund.asl.json", refund));

        var finding = Assert.Single(outcome.Diagnostics, d => d.Id == "ASL1041");
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(9, 6), finding.Location.GetLineSpan().StartLinePosition); // (10,7) as the compiler prints it
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (System.IO.File.Exists(Path.Combine(folder.FullName, "Asl.slnx"))) return folder.FullName;
        throw new InvalidOperationException("No Asl.slnx above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void A_reader_finding_is_reported_at_its_line_and_column_in_the_JSON_file()
    {
        var json = """
            {
              "StartAt": "Done",
              "States": {
                "Done": { "Type": "Succeed", "Nextt": "Done" }
              }
            }
            """;
        var outcome = Run(Class("""[StateMachine(DefinitionFile = "flows/order.asl.json")]"""), File("flows/order.asl.json", json));

        var finding = Assert.Single(outcome.Diagnostics, d => d.GetMessage().Contains("Nextt"));
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(3, 33), finding.Location.GetLineSpan().StartLinePosition);
        Assert.Equal(ProjectDir + "flows/order.asl.json", finding.Location.GetLineSpan().Path);
    }

    [Fact]
    public void Text_that_is_not_JSON_is_reported_where_reading_stopped()
    {
        var json = "{\n  \"StartAt\": \"Done\",\n  \"States\": {\n    \"Done\": { \"Type\": \"Succeed\" },\n  }\n}\n";
        var outcome = Run(Class("""[StateMachine(DefinitionFile = "flows/order.asl.json")]"""), File("flows/order.asl.json", json));

        var finding = Assert.Single(outcome.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal(4, finding.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Empty(outcome.CompilerErrors);
    }

    [Fact]
    public void A_file_that_is_not_among_the_AdditionalFiles_is_ASL0017_on_the_attribute_argument()
    {
        var source = Class("""[StateMachine(DefinitionFile = "flows/orders.asl.json")]""");
        var outcome = Run(source, File("flows/order.asl.json", OrderJson));

        var finding = Assert.Single(outcome.Diagnostics);
        Assert.Equal("ASL0017", finding.Id);
        Assert.Contains(ProjectDir + "flows/orders.asl.json", finding.GetMessage());
        Assert.Equal("""DefinitionFile = "flows/orders.asl.json" """.TrimEnd(), source.Substring(finding.Location.SourceSpan.Start, finding.Location.SourceSpan.Length));
        Assert.Empty(outcome.CompilerErrors);
    }

    [Fact]
    public void A_class_with_both_Define_and_a_definition_file_is_ASL0018_on_Define()
    {
        var source = Class("""[StateMachine(DefinitionFile = "flows/order.asl.json")]""",
            "    public static Workflow Define() => Workflow.StartWith(States.Succeed(\"Done\"));");
        var outcome = Run(source, File("flows/order.asl.json", OrderJson));

        var finding = Assert.Single(outcome.Diagnostics);
        Assert.Equal("ASL0018", finding.Id);
        Assert.Equal("Define", source.Substring(finding.Location.SourceSpan.Start, finding.Location.SourceSpan.Length));
    }

    [Fact]
    public void A_setting_the_file_holds_is_ASL0018_on_that_attribute_argument()
    {
        var source = Class("""[StateMachine(DefinitionFile = "flows/order.asl.json", TimeoutSeconds = 60)]""");
        var outcome = Run(source, File("flows/order.asl.json", OrderJson));

        var finding = Assert.Single(outcome.Diagnostics);
        Assert.Equal("ASL0018", finding.Id);
        Assert.Equal("TimeoutSeconds = 60", source.Substring(finding.Location.SourceSpan.Start, finding.Location.SourceSpan.Length));
    }

    [Fact]
    public void The_machine_type_of_the_attribute_applies_to_the_file()
    {
        var json = """
            {
              "StartAt": "Wait for approval",
              "States": {
                "Wait for approval": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                  "Parameters": { "QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q", "MessageBody": { "Token.$": "$$.Task.Token" } },
                  "End": true
                }
              }
            }
            """;
        var outcome = Run(Class("""[StateMachine(DefinitionFile = "flows/order.asl.json", Type = StateMachineType.Express)]"""), File("flows/order.asl.json", json));

        var finding = Assert.Single(outcome.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(ProjectDir + "flows/order.asl.json", finding.Location.GetLineSpan().Path);
        Assert.Equal(5, finding.Location.GetLineSpan().StartLinePosition.Line); // "Resource", the .waitForTaskToken an Express machine cannot use
    }

    private static string Constant(INamedTypeSymbol type, string name) =>
        (string)type.GetMembers(name).OfType<IFieldSymbol>().Single().ConstantValue!;
}
