namespace Asl.Local.Tests.Endpoint;

/// <summary>ValidateStateMachineDefinition, answered by the reader and the validator in AWS's response shape.</summary>
public sealed class ValidateDefinitionEndpointTests
{
    /// <summary>Valid, with one warning: the Choice state has no Default (ASL1140 at /States/Pick).</summary>
    private const string ChoiceWithoutDefault = """
        {
          "StartAt": "Pick",
          "States": {
            "Pick": { "Type": "Choice", "Choices": [ { "Variable": "$.x", "NumericEquals": 1, "Next": "Done" } ] },
            "Done": { "Type": "Succeed" }
          }
        }
        """;

    [Fact]
    public async Task A_valid_definition_is_OK_without_diagnostics()
    {
        await using var api = await ApiClient.StartAsync();

        var result = await api.OkAsync("ValidateStateMachineDefinition", new { definition = Definitions.Pass });

        Assert.Equal("""{"result":"OK","diagnostics":[],"truncated":false}""", result.GetRawText());
    }

    [Fact]
    public async Task A_broken_definition_is_FAIL_with_each_error_code_message_and_location()
    {
        await using var api = await ApiClient.StartAsync();

        var result = await api.OkAsync("ValidateStateMachineDefinition", new { definition = Definitions.MissingNextTarget });
        var diagnostics = result.GetProperty("diagnostics").EnumerateArray().ToArray();

        Assert.Equal("FAIL", result.GetProperty("result").GetString());
        Assert.Equal(["MISSING_END_STATE", "MISSING_TRANSITION_TARGET"], diagnostics.Select(d => d.GetProperty("code").GetString()));
        Assert.Equal(["/States", "/States/A/Next"], diagnostics.Select(d => d.GetProperty("location").GetString()));
        Assert.All(diagnostics, d => Assert.Equal("ERROR", d.GetProperty("severity").GetString()));
        Assert.StartsWith("\"Next\" of state \"A\" names \"Nowhere\"", diagnostics[1].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Warnings_are_reported_only_with_severity_WARNING_and_do_not_fail()
    {
        await using var api = await ApiClient.StartAsync();

        var errorsOnly = await api.OkAsync("ValidateStateMachineDefinition", new { definition = ChoiceWithoutDefault });
        var withWarnings = await api.OkAsync("ValidateStateMachineDefinition", new { definition = ChoiceWithoutDefault, severity = "WARNING" });

        Assert.Equal(0, errorsOnly.GetProperty("diagnostics").GetArrayLength());
        Assert.Equal("OK", withWarnings.GetProperty("result").GetString());
        var warning = Assert.Single(withWarnings.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("WARNING", warning.GetProperty("severity").GetString());
        Assert.Equal("ASL1140", warning.GetProperty("code").GetString());
        Assert.Equal("/States/Pick", warning.GetProperty("location").GetString());
    }

    [Fact]
    public async Task maxResults_truncates_the_diagnostics()
    {
        await using var api = await ApiClient.StartAsync();

        var result = await api.OkAsync("ValidateStateMachineDefinition", new { definition = Definitions.MissingNextTarget, maxResults = 1 });

        Assert.Equal(1, result.GetProperty("diagnostics").GetArrayLength());
        Assert.True(result.GetProperty("truncated").GetBoolean());
        Assert.Equal("FAIL", result.GetProperty("result").GetString());
    }

    [Fact]
    public async Task The_type_selects_the_EXPRESS_rules()
    {
        await using var api = await ApiClient.StartAsync();

        var standard = await api.OkAsync("ValidateStateMachineDefinition", new { definition = Definitions.Callback });
        var express = await api.OkAsync("ValidateStateMachineDefinition", new { definition = Definitions.Callback, type = "EXPRESS" });

        Assert.Equal("OK", standard.GetProperty("result").GetString());
        Assert.Equal("FAIL", express.GetProperty("result").GetString());
        Assert.Equal("/States/Ask/Resource", express.GetProperty("diagnostics")[0].GetProperty("location").GetString());
    }

    [Fact]
    public async Task Text_that_is_not_JSON_is_FAIL_at_the_root()
    {
        await using var api = await ApiClient.StartAsync();

        var result = await api.OkAsync("ValidateStateMachineDefinition", new { definition = "StartAt: A" });

        Assert.Equal("FAIL", result.GetProperty("result").GetString());
        var diagnostic = Assert.Single(result.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("INVALID_JSON_DESCRIPTION", diagnostic.GetProperty("code").GetString());
        Assert.Equal("/", diagnostic.GetProperty("location").GetString());
    }

    [Fact]
    public async Task An_unknown_severity_is_a_ValidationException_listing_the_allowed_values()
    {
        await using var api = await ApiClient.StartAsync();

        var message = await api.FailsAsync("ValidateStateMachineDefinition", new { definition = Definitions.Pass, severity = "INFO" }, "ValidationException");

        Assert.Equal("1 validation error detected: Value 'INFO' at 'severity' failed to satisfy constraint: Member must satisfy enum value set: [ERROR, WARNING]", message);
    }
}
