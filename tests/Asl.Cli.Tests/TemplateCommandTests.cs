namespace Asl.Cli.Tests;

/// <summary><c>asl template</c>: the build's SAM template, with the same IAM, for definitions kept as ASL files.</summary>
public sealed class TemplateCommandTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private const string Orders = """
        {
          "StartAt": "Save",
          "States": {
            "Save": {
              "Type": "Task",
              "Resource": "arn:aws:states:::dynamodb:putItem",
              "Parameters": { "TableName": "Orders", "Item": { "Id": { "S.$": "$.id" } } },
              "Next": "Bill"
            },
            "Bill": {
              "Type": "Task",
              "Resource": "arn:aws:states:::states:startExecution.sync:2",
              "Parameters": { "StateMachineArn": "${BillingArn}", "Input.$": "$" },
              "Next": "Notify"
            },
            "Notify": {
              "Type": "Task",
              "Resource": "arn:aws:states:::sns:publish",
              "Parameters": { "TopicArn.$": "$.topic", "Message": "placed" },
              "End": true
            }
          }
        }
        """;

    private const string Billing = """{"StartAt":"Charge","States":{"Charge":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"${ChargeFunction}"},"End":true}}}""";

    private string Text(string name = "template.yaml") => File.ReadAllText(Path.Combine(_folder.Path, name));

    [Fact]
    public void Writes_one_template_for_several_definitions_wired_and_granted_as_a_build_would()
    {
        var orders = _folder.Write("workflows/Orders.asl.json", Orders);
        var billing = _folder.Write("workflows/Billing.asl.json", Billing);

        var run = CliRun.InProcess("template", orders, billing, "--output", Path.Combine(_folder.Path, "deploy", "template.yaml"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("asl template: wrote " + Path.Combine(_folder.Path, "deploy", "template.yaml") + " (2 state machines: Orders, Billing).", run.Lines.Single());
        var template = Text("deploy/template.yaml");
        foreach (var expected in new[]
        {
            "# Written by asl template from ../workflows/Orders.asl.json, ../workflows/Billing.asl.json: run it again rather than editing this file.\n",
            "Description: State machines of Orders, Billing\n",
            "  Orders:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      Type: STANDARD\n      DefinitionUri: \"../workflows/Orders.asl.json\"\n"
                + "      DefinitionSubstitutions:\n        BillingArn: !Ref Billing\n",
            "            - Sid: DynamoDBPutItem\n              Effect: Allow\n              Action:\n                - dynamodb:PutItem\n              Resource:\n"
                + "                - !Sub \"arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/Orders\"\n",
            "                - !Sub \"arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:execution:${Billing.Name}:*\"\n",
            "                - \"*\"  # state 'Notify' takes its TopicArn from a path at run time\n",
            "  ChargeFunction:\n    Type: String\n    Description: ARN of the Lambda function for the placeholder ChargeFunction of Billing\n",
            "                - !Ref ChargeFunction\n                - !Sub \"${ChargeFunction}:*\"\n",
        })
            Assert.True(template.Contains(expected, StringComparison.Ordinal), $"The template lacks:\n{expected}\nIt is:\n{template}");
        // The wildcard is reported where the definition decides it, as a compiler-style finding.
        Assert.Equal($"{orders}(19,23): info ASL0902: State 'Notify' takes its TopicArn from a path at run time, so the template grants sns:Publish on *. "
            + "Name the resource in the definition (a literal, or a ${Placeholder} the template fills) to grant that resource only. (at /States/Notify/Parameters/TopicArn.$)",
            run.Stderr.Trim());
    }

    [Fact]
    public void Substitutions_and_operational_settings_come_from_the_options()
    {
        var billing = _folder.Write("Billing.asl.json", Billing);

        var run = CliRun.InProcess("template", billing, "-o", Path.Combine(_folder.Path, "template.yaml"), "--name", "Payments", "--type", "EXPRESS",
            "--substitution", "ChargeFunction=arn:aws:lambda:eu-west-1:123456789012:function:charge",
            "--log-level", "error", "--log-retention-days", "14", "--tracing", "--tag", "team=payments", "--tag", "note=", "--alias", "live");

        Assert.Equal(0, run.ExitCode);
        var template = Text();
        foreach (var expected in new[]
        {
            "  Payments:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      Type: EXPRESS\n",
            "      DefinitionSubstitutions:\n        ChargeFunction: arn:aws:lambda:eu-west-1:123456789012:function:charge\n",
            "                - arn:aws:lambda:eu-west-1:123456789012:function:charge\n                - arn:aws:lambda:eu-west-1:123456789012:function:charge:*\n",
            "      Logging:\n        Level: ERROR\n        IncludeExecutionData: false\n",
            "      Tracing:\n        Enabled: true\n      Tags:\n        team: payments\n        note: \"\"\n      AutoPublishAlias: live\n",
            "  PaymentsLogGroup:\n    Type: AWS::Logs::LogGroup\n",
            "      RetentionInDays: 14\n",
        })
            Assert.True(template.Contains(expected, StringComparison.Ordinal), $"The template lacks:\n{expected}\nIt is:\n{template}");
        Assert.DoesNotContain("Parameters:", template);
    }

    [Fact]
    public void An_invalid_definition_is_reported_like_asl_validate_and_nothing_is_written()
    {
        var broken = _folder.Write("broken.asl.json", """{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"Missing"}}}""");

        var run = CliRun.InProcess("template", broken, "-o", Path.Combine(_folder.Path, "template.yaml"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{broken}(1,45): error ASL1041:", run.Stderr);
        Assert.Contains("asl template: '" + broken + "' cannot be deployed; fix the errors above", run.Stderr);
        Assert.False(File.Exists(Path.Combine(_folder.Path, "template.yaml")));
        run.AssertNoStackTrace();
    }

    [Theory]
    [InlineData(new[] { "--log-level", "ALL", "--log-retention-days", "10" }, "asl template: --log-retention-days: LogRetentionDays 10 is no retention period CloudWatch Logs offers")]
    [InlineData(new[] { "--kms-key-arn", "arn:aws:kms:eu-west-1:123456789012:alias/orders" }, "asl template: --kms-key-arn: KmsKeyArn 'arn:aws:kms:eu-west-1:123456789012:alias/orders' is an alias ARN")]
    [InlineData(new[] { "--tag", "aws:owner=me" }, "asl template: --tag: Tag key 'aws:owner' starts with 'aws:'")]
    [InlineData(new[] { "--tag", "team" }, "asl template: --tag 'team' is no KEY=VALUE pair")]
    [InlineData(new[] { "--substitution", "Charge" }, "asl template: --substitution 'Charge' is no NAME=VALUE pair.")]
    public void Unusable_options_are_explained_and_nothing_is_written(string[] options, string message)
    {
        var billing = _folder.Write("Billing.asl.json", Billing);

        var run = CliRun.InProcess(["template", billing, "-o", Path.Combine(_folder.Path, "template.yaml"), .. options]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr);
        Assert.False(File.Exists(Path.Combine(_folder.Path, "template.yaml")));
    }

    [Fact]
    public void Two_files_that_would_be_the_same_machine_and_a_name_for_several_files_are_refused()
    {
        var first = _folder.Write("a/Billing.asl.json", Billing);
        var second = _folder.Write("b/Billing.asl.json", Billing);

        var same = CliRun.InProcess("template", first, second, "-o", Path.Combine(_folder.Path, "template.yaml"));
        var named = CliRun.InProcess("template", first, second, "--name", "X");

        Assert.Equal(2, same.ExitCode);
        Assert.Contains("would both be the state machine 'Billing'; rename one of the files", same.Stderr);
        Assert.Equal(2, named.ExitCode);
        Assert.Contains("--name names the state machine of a single definition", named.Stderr);
    }
}
