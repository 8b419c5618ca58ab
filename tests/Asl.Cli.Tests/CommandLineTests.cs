namespace Asl.Cli.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void An_unknown_option_is_a_usage_error_exiting_2_with_the_message_on_stderr()
    {
        var run = CliRun.InProcess("validate", "--strict", "x.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("asl: Unrecognized option '--strict'.", run.Stderr);
        Assert.Contains("asl validate --help", run.Stderr);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Validate_without_paths_is_a_usage_error()
    {
        var run = CliRun.InProcess("validate");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("asl: Required argument missing for command: 'validate'.", run.Stderr);
    }

    [Theory]
    [InlineData("--format", "xml", "use one of: text, json")]
    [InlineData("--format", "1", "use one of: text, json")]
    [InlineData("--severity", "fatal", "use one of: error, warning, info")]
    [InlineData("--type", "FAST", "use one of: standard, express")]
    public void An_option_value_outside_its_choices_is_a_usage_error_listing_the_choices(string option, string value, string expected)
    {
        var run = CliRun.InProcess("validate", option, value, "x.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"'{value}' is not a valid value for {option}; {expected}.", run.Stderr);
        run.AssertNoStackTrace();
    }

    [Theory]
    [InlineData("--type", "express")]
    [InlineData("--type", "Express")]
    [InlineData("--severity", "WARNING")]
    [InlineData("--format", "JSON")]
    public void Option_values_are_case_insensitive(string option, string value)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("hello.asl.json", Definitions.Valid);

        var run = CliRun.InProcess("validate", option, value, path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void A_work_budget_too_small_for_the_definition_stops_validation_with_ASL1095()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("hello.asl.json", Definitions.Valid);

        var run = CliRun.InProcess("validate", "--work-budget", "5", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error ASL1095: Validation stopped early: it needed more than 5 units of work", run.Stdout);
        Assert.Equal(0, CliRun.InProcess("validate", "--work-budget", "0", path).ExitCode);
    }

    [Fact]
    public void A_negative_work_budget_is_a_usage_error()
    {
        var run = CliRun.InProcess("validate", "--work-budget", "-1", "x.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--work-budget must be 0 (no limit) or a positive number of units.", run.Stderr);
    }

    [Theory]
    [InlineData("--retention-period", "12x", "'12x' is not a duration for --retention-period; write a positive number and a unit, s, m, h or d, for example 12h or 90d.")]
    [InlineData("--retention-period", "-1h", "'-1h' is not a duration for --retention-period")]
    [InlineData("--retain-executions", "0", "--retain-executions must be at least 1.")]
    public void Serve_refuses_a_retention_it_cannot_keep(string option, string value, string expected)
    {
        var run = CliRun.InProcess("serve", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Stderr);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Help_describes_the_validate_command_and_exits_0()
    {
        var run = CliRun.InProcess("validate", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("asl validate <paths>... [options]", run.Stdout);
        Assert.Contains("--format <text|json>", run.Stdout);
        Assert.Contains("--severity <error|warning|info>", run.Stdout);
        Assert.Contains("--type <STANDARD|EXPRESS>", run.Stdout);
    }

    [Fact]
    public void Help_at_the_top_lists_the_validate_command()
    {
        var run = CliRun.InProcess("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("asl [command] [options]", run.Stdout);
        Assert.Contains("validate <paths>", run.Stdout);
    }

    [Fact]
    public void No_command_is_a_usage_error()
    {
        var run = CliRun.InProcess();

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("asl: Required command was not provided.", run.Stderr);
    }

    [Fact]
    public void An_output_that_cannot_be_written_is_reported_on_stderr_with_exit_2()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("hello.asl.json", Definitions.Valid);
        using var stderr = new StringWriter();

        var exitCode = Cli.Run(["validate", path], new BrokenWriter(), stderr);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("asl: cannot write the output: Broken pipe", stderr.ToString());
        Assert.DoesNotContain("   at ", stderr.ToString());
    }

    /// <summary>Stands in for a closed pipe.</summary>
    private sealed class BrokenWriter : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => throw new IOException("Broken pipe");

        public override void Write(string? value) => throw new IOException("Broken pipe");
    }
}
