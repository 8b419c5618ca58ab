using System.Text.Json;

namespace Asl.Local.Tests.Endpoint;

/// <summary>CreateStateMachine, DescribeStateMachine, ListStateMachines, UpdateStateMachine, DeleteStateMachine, DescribeStateMachineForExecution.</summary>
public sealed class StateMachineApiTests
{
    private const string Arn = "arn:aws:states:us-east-1:123456789012:stateMachine:";

    [Fact]
    public async Task Create_returns_the_ARN_and_the_creation_date_in_epoch_seconds()
    {
        await using var api = await ApiClient.StartAsync();

        var created = await api.OkAsync("CreateStateMachine", new { name = "Hello", definition = Definitions.Pass, roleArn = ApiClient.Role });

        Assert.Equal(Arn + "Hello", created.GetProperty("stateMachineArn").GetString());
        Assert.Equal(JsonValueKind.Number, created.GetProperty("creationDate").ValueKind);
        Assert.Equal(TestEngine.Start.ToUnixTimeSeconds(), created.GetProperty("creationDate").GetDecimal());
    }

    [Fact]
    public async Task Describe_returns_the_definition_text_as_sent_and_the_defaults_AWS_reports()
    {
        await using var api = await ApiClient.StartAsync();
        var arn = await api.CreateAsync("Waiter", Definitions.WaitAnHour);

        var described = await api.OkAsync("DescribeStateMachine", new { stateMachineArn = arn });

        Assert.Equal(Definitions.WaitAnHour, described.GetProperty("definition").GetString());
        Assert.Equal("Waiter", described.GetProperty("name").GetString());
        Assert.Equal("ACTIVE", described.GetProperty("status").GetString());
        Assert.Equal("STANDARD", described.GetProperty("type").GetString());
        Assert.Equal(ApiClient.Role, described.GetProperty("roleArn").GetString());
        Assert.Equal("""{"level":"OFF","includeExecutionData":false}""", described.GetProperty("loggingConfiguration").GetRawText());
        Assert.Equal("""{"enabled":false}""", described.GetProperty("tracingConfiguration").GetRawText());
        Assert.False(described.TryGetProperty("revisionId", out _));
    }

    [Fact]
    public async Task Creating_the_same_machine_again_is_idempotent()
    {
        await using var api = await ApiClient.StartAsync();
        var first = await api.OkAsync("CreateStateMachine", new { name = "Same", definition = Definitions.Pass, roleArn = ApiClient.Role });

        var second = await api.OkAsync("CreateStateMachine", new { name = "Same", definition = Definitions.Pass, roleArn = ApiClient.Role });

        Assert.Equal(first.GetRawText(), second.GetRawText());
    }

    [Fact]
    public async Task Creating_a_name_that_exists_with_another_definition_is_StateMachineAlreadyExists()
    {
        await using var api = await ApiClient.StartAsync();
        await api.CreateAsync("Taken", Definitions.Pass);

        var message = await api.FailsAsync("CreateStateMachine", new { name = "Taken", definition = Definitions.Fails, roleArn = ApiClient.Role }, "StateMachineAlreadyExists");

        Assert.StartsWith($"State Machine Already Exists: '{Arn}Taken'", message);
    }

    [Fact]
    public async Task A_definition_with_errors_is_InvalidDefinition_quoting_each_finding_with_its_location()
    {
        await using var api = await ApiClient.StartAsync();

        var message = await api.FailsAsync("CreateStateMachine", new { name = "Broken", definition = Definitions.MissingNextTarget, roleArn = ApiClient.Role }, "InvalidDefinition");

        Assert.StartsWith("Invalid State Machine Definition: 'MISSING_END_STATE: The top-level States of the state machine has no terminal state", message);
        Assert.Contains("(ASL1044) at /States, MISSING_TRANSITION_TARGET: \"Next\" of state \"A\" names \"Nowhere\"", message);
        Assert.EndsWith(" at /States/A/Next'", message);
        await api.FailsAsync("DescribeStateMachine", new { stateMachineArn = Arn + "Broken" }, "StateMachineDoesNotExist");
    }

    [Fact]
    public async Task A_definition_that_is_not_JSON_is_InvalidDefinition()
    {
        await using var api = await ApiClient.StartAsync();

        var message = await api.FailsAsync("CreateStateMachine", new { name = "NotJson", definition = "{\"StartAt\": ", roleArn = ApiClient.Role }, "InvalidDefinition");

        Assert.StartsWith("Invalid State Machine Definition: 'INVALID_JSON_DESCRIPTION: ", message);
        Assert.Contains("(ASL1001)", message);
    }

    [Fact]
    public async Task A_definition_AWS_accepts_is_created_whatever_its_warnings()
    {
        await using var api = await ApiClient.StartAsync();

        // Deployed AWS samples raise and catch their own States.* names, and read variables no state assigns
        // (AWS fails those executions at run time): warnings, so the machine is created.
        await api.CreateAsync("Warned", Definitions.AcceptedWithWarnings);
        var validated = await api.OkAsync("ValidateStateMachineDefinition", new { definition = Definitions.AcceptedWithWarnings, severity = "WARNING" });

        Assert.Equal("OK", validated.GetProperty("result").GetString());
        Assert.All(validated.GetProperty("diagnostics").EnumerateArray(), d => Assert.Equal("WARNING", d.GetProperty("severity").GetString()));
        Assert.NotEmpty(validated.GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public async Task An_EXPRESS_machine_is_validated_as_EXPRESS()
    {
        await using var api = await ApiClient.StartAsync();

        var message = await api.FailsAsync("CreateStateMachine",
            new { name = "Express", definition = Definitions.Callback, roleArn = ApiClient.Role, type = "EXPRESS" }, "InvalidDefinition");

        Assert.Contains("at /States/Ask/Resource", message);
        await api.CreateAsync("Standard", Definitions.Callback);
    }

    [Theory]
    [InlineData("a b", "Invalid Name: 'a b'.")]
    [InlineData("a:b", "Invalid Name: 'a:b'.")]
    public async Task A_name_AWS_forbids_is_InvalidName(string name, string start)
    {
        await using var api = await ApiClient.StartAsync();

        var message = await api.FailsAsync("CreateStateMachine", new { name, definition = Definitions.Pass, roleArn = ApiClient.Role }, "InvalidName");

        Assert.StartsWith(start, message);
    }

    [Fact]
    public async Task A_role_that_is_not_an_IAM_role_ARN_is_InvalidArn()
    {
        await using var api = await ApiClient.StartAsync();

        var message = await api.FailsAsync("CreateStateMachine", new { name = "M", definition = Definitions.Pass, roleArn = "my-role" }, "InvalidArn");

        Assert.Equal("Invalid Arn: 'Invalid ARN prefix: my-role'. The role ARN has the form arn:aws:iam::123456789012:role/RoleName.", message);
    }

    [Fact]
    public async Task Publishing_a_version_is_refused_because_versions_are_not_kept()
    {
        await using var api = await ApiClient.StartAsync();

        var message = await api.FailsAsync("CreateStateMachine", new { name = "M", definition = Definitions.Pass, roleArn = ApiClient.Role, publish = true }, "ValidationException");

        Assert.StartsWith("asl serve does not keep state machine versions or aliases;", message);
    }

    [Fact]
    public async Task Logging_and_tracing_configuration_are_kept_and_reported()
    {
        await using var api = await ApiClient.StartAsync();
        var logging = new { level = "ALL", includeExecutionData = true };
        await api.OkAsync("CreateStateMachine", new { name = "Logged", definition = Definitions.Pass, roleArn = ApiClient.Role, loggingConfiguration = logging, tracingConfiguration = new { enabled = true } });

        var described = await api.OkAsync("DescribeStateMachine", new { stateMachineArn = Arn + "Logged" });

        Assert.Equal("""{"level":"ALL","includeExecutionData":true}""", described.GetProperty("loggingConfiguration").GetRawText());
        Assert.Equal("""{"enabled":true}""", described.GetProperty("tracingConfiguration").GetRawText());
    }

    [Fact]
    public async Task List_pages_with_maxResults_and_nextToken_in_creation_order()
    {
        await using var api = await ApiClient.StartAsync();
        foreach (var name in new[] { "A", "B", "C" }) await api.CreateAsync(name, Definitions.Pass);

        var first = await api.OkAsync("ListStateMachines", new { maxResults = 2 });
        var second = await api.OkAsync("ListStateMachines", new { maxResults = 2, nextToken = first.GetProperty("nextToken").GetString() });

        Assert.Equal(["A", "B"], first.GetProperty("stateMachines").EnumerateArray().Select(m => m.GetProperty("name").GetString()));
        Assert.Equal(["C"], second.GetProperty("stateMachines").EnumerateArray().Select(m => m.GetProperty("name").GetString()));
        Assert.False(second.TryGetProperty("nextToken", out _));
        var item = second.GetProperty("stateMachines")[0];
        Assert.Equal(["stateMachineArn", "name", "type", "creationDate"], item.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task A_page_token_from_another_list_is_InvalidToken()
    {
        await using var api = await ApiClient.StartAsync();

        var message = await api.FailsAsync("ListStateMachines", new { nextToken = "not-a-token" }, "InvalidToken");

        Assert.StartsWith("Invalid Token: 'not-a-token'.", message);
    }

    [Fact]
    public async Task Update_replaces_definition_and_role_and_returns_a_revision()
    {
        await using var api = await ApiClient.StartAsync();
        var arn = await api.CreateAsync("Changing", Definitions.Pass);
        const string newRole = "arn:aws:iam::123456789012:role/Other";

        var updated = await api.OkAsync("UpdateStateMachine", new { stateMachineArn = arn, definition = Definitions.PassWithResult, roleArn = newRole });
        var described = await api.OkAsync("DescribeStateMachine", new { stateMachineArn = arn });

        Assert.Equal(JsonValueKind.Number, updated.GetProperty("updateDate").ValueKind);
        Assert.Equal(updated.GetProperty("revisionId").GetString(), described.GetProperty("revisionId").GetString());
        Assert.Equal(Definitions.PassWithResult, described.GetProperty("definition").GetString());
        Assert.Equal(newRole, described.GetProperty("roleArn").GetString());
        var execution = await api.WaitForEndAsync(await api.StartAsync(arn));
        Assert.Equal("""{"answer":42}""", execution.GetProperty("output").GetString());
    }

    [Fact]
    public async Task Update_with_nothing_to_change_is_MissingRequiredParameter()
    {
        await using var api = await ApiClient.StartAsync();
        var arn = await api.CreateAsync("Unchanged", Definitions.Pass);

        var message = await api.FailsAsync("UpdateStateMachine", new { stateMachineArn = arn }, "MissingRequiredParameter");

        Assert.Equal("Either the definition, the role ARN, the LoggingConfiguration, the EncryptionConfiguration or the TracingConfiguration must be specified", message);
    }

    [Fact]
    public async Task Update_with_an_invalid_definition_is_InvalidDefinition_and_keeps_the_old_one()
    {
        await using var api = await ApiClient.StartAsync();
        var arn = await api.CreateAsync("Kept", Definitions.Pass);

        await api.FailsAsync("UpdateStateMachine", new { stateMachineArn = arn, definition = Definitions.MissingNextTarget }, "InvalidDefinition");
        var described = await api.OkAsync("DescribeStateMachine", new { stateMachineArn = arn });

        Assert.Equal(Definitions.Pass, described.GetProperty("definition").GetString());
    }

    [Fact]
    public async Task DescribeStateMachineForExecution_returns_the_definition_the_execution_started_with()
    {
        await using var api = await ApiClient.StartAsync();
        api.Engine.RegisterLambda("Notify", _ => Asl.Json.AslJson.Null);
        var arn = await api.CreateAsync("Versioned", Definitions.Callback);
        var execution = await api.StartAsync(arn);
        await api.OkAsync("UpdateStateMachine", new { stateMachineArn = arn, definition = Definitions.Pass });

        var described = await api.OkAsync("DescribeStateMachineForExecution", new { executionArn = execution });

        Assert.Equal(Definitions.Callback, described.GetProperty("definition").GetString());
        Assert.Equal(arn, described.GetProperty("stateMachineArn").GetString());
        Assert.Equal(JsonValueKind.Number, described.GetProperty("updateDate").ValueKind);
    }

    [Fact]
    public async Task Delete_removes_the_machine_and_is_idempotent()
    {
        await using var api = await ApiClient.StartAsync();
        var arn = await api.CreateAsync("Doomed", Definitions.Pass);

        var deleted = await api.OkAsync("DeleteStateMachine", new { stateMachineArn = arn });
        var again = await api.OkAsync("DeleteStateMachine", new { stateMachineArn = arn });

        Assert.Equal("{}", deleted.GetRawText());
        Assert.Equal("{}", again.GetRawText());
        await api.FailsAsync("DescribeStateMachine", new { stateMachineArn = arn }, "StateMachineDoesNotExist");
        await api.FailsAsync("StartExecution", new { stateMachineArn = arn }, "StateMachineDoesNotExist");
    }

    [Fact]
    public async Task An_execution_that_runs_when_its_machine_is_deleted_finishes_and_stays_describable()
    {
        await using var api = await ApiClient.StartAsync();
        api.Engine.RegisterLambda("Notify", _ => Asl.Json.AslJson.Null);
        var arn = await api.CreateAsync("Deleted", Definitions.Callback);
        var execution = await api.StartAsync(arn);
        var token = await api.WaitForTaskTokenAsync(execution);

        await api.OkAsync("DeleteStateMachine", new { stateMachineArn = arn });
        await api.OkAsync("SendTaskSuccess", new { taskToken = token, output = "\"late\"" });

        Assert.Equal("\"late\"", (await api.WaitForEndAsync(execution)).GetProperty("output").GetString());
    }

    [Theory]
    [InlineData("Hello", "Invalid Arn: 'Invalid ARN prefix: Hello'")]
    [InlineData("arn:aws:states:us-east-1:123456789012:execution:Hello:run", "Invalid Arn: 'Resource type not valid in this context: execution'.")]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:function:Hello", "Invalid Arn: 'arn:aws:lambda:us-east-1:123456789012:function:Hello'. It names the service 'lambda'")]
    public async Task A_state_machine_ARN_of_the_wrong_form_is_InvalidArn(string arn, string start)
    {
        await using var api = await ApiClient.StartAsync();

        var message = await api.FailsAsync("DescribeStateMachine", new { stateMachineArn = arn }, "InvalidArn");

        Assert.StartsWith(start, message);
    }
}
