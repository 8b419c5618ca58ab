namespace Asl.Cli.Tests;

/// <summary><c>asl validate --warnings-as-errors</c> and <c>--warning-as-error CODE</c>: a team's way to make warnings block CI.</summary>
public sealed class WarningsAsErrorsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_warning_alone_leaves_the_file_valid()
    {
        var path = _dir.Write("choice.asl.json", Definitions.ChoiceWithoutDefault);

        var run = CliRun.InProcess("validate", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 valid", run.Stdout);
    }

    [Fact]
    public void Warnings_as_errors_prints_the_warning_as_an_error_and_fails_the_file()
    {
        var path = _dir.Write("choice.asl.json", Definitions.ChoiceWithoutDefault);

        var run = CliRun.InProcess("validate", "--warnings-as-errors", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(": error ASL1140: ", run.Stdout);
        Assert.Contains("0 valid, 1 invalid", run.Stdout);
    }

    [Fact]
    public void Warning_as_error_escalates_only_the_rules_named()
    {
        var path = _dir.Write("choice.asl.json", Definitions.ChoiceWithoutDefault);

        var other = CliRun.InProcess("validate", "--warning-as-error", "ASL1255,ASL1353", path);
        var named = CliRun.InProcess("validate", "--warning-as-error", "ASL1255", "--warning-as-error", "ASL1140", path);

        Assert.Equal(0, other.ExitCode);
        Assert.DoesNotContain("ASL1140", other.Stdout);
        Assert.Equal(1, named.ExitCode);
        Assert.Contains(": error ASL1140: ", named.Stdout);
    }

    [Fact]
    public void Warning_as_error_rejects_codes_that_are_not_warnings()
    {
        var path = _dir.Write("choice.asl.json", Definitions.ChoiceWithoutDefault);

        var unknown = CliRun.InProcess("validate", "--warning-as-error", "ASL9999", path);
        var error = CliRun.InProcess("validate", "--warning-as-error", "ASL1041", path);

        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("'ASL9999' is not a rule code", unknown.Stderr);
        Assert.Equal(2, error.ExitCode);
        Assert.Contains("ASL1041 is already an error", error.Stderr);
    }
}
