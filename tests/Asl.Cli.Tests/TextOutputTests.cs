namespace Asl.Cli.Tests;

public sealed class TextOutputTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_valid_definition_exits_0_and_prints_only_the_summary()
    {
        var path = _dir.Write("hello.asl.json", Definitions.Valid);

        var run = CliRun.InProcess("validate", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["1 file checked: 1 valid, 0 invalid; 0 errors."], run.Lines);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void Each_error_is_printed_compiler_style_at_the_line_and_column_of_its_key()
    {
        var path = _dir.Write("unknown.asl.json", Definitions.TwoUnknownFields);

        var run = CliRun.InProcess("validate", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(3, run.Lines.Count);
        Assert.StartsWith($"{path}(3,3): error ASL1028: Field \"Timeout\" is not supported at the top level.", run.Lines[0]);
        Assert.EndsWith("(at /Timeout)", run.Lines[0]);
        Assert.StartsWith($"{path}(4,3): error ASL1028: Field \"Owner\"", run.Lines[1]);
        Assert.Equal("1 file checked: 0 valid, 1 invalid; 2 errors.", run.Lines[2]);
    }

    [Fact]
    public void Findings_are_sorted_by_line_and_column_not_by_pointer()
    {
        // Pointer order would put /Alpha first; the text puts Zulu first.
        var path = _dir.Write("order.asl.json", """
            {
              "StartAt": "Hello", "Zulu": 1,
              "Alpha": 2,
              "States": { "Hello": { "Type": "Pass", "End": true } }
            }
            """);

        var run = CliRun.InProcess("validate", path);

        Assert.Contains("(2,23): error ASL1028: Field \"Zulu\"", run.Lines[0]);
        Assert.Contains("(3,3): error ASL1028: Field \"Alpha\"", run.Lines[1]);
    }

    [Fact]
    public void Warnings_are_left_out_by_default()
    {
        var path = _dir.Write("choice.asl.json", Definitions.ChoiceWithoutDefault);

        var run = CliRun.InProcess("validate", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["1 file checked: 1 valid, 0 invalid; 0 errors."], run.Lines);
    }

    [Fact]
    public void Severity_warning_reports_warnings_which_do_not_make_the_file_invalid()
    {
        var path = _dir.Write("choice.asl.json", Definitions.ChoiceWithoutDefault);

        var run = CliRun.InProcess("validate", "--severity", "warning", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, run.Lines.Count);
        Assert.StartsWith($"{path}(4,5): warning ASL1140: ", run.Lines[0]);
        Assert.EndsWith("(at /States/Route)", run.Lines[0]);
        Assert.Equal("1 file checked: 1 valid, 0 invalid; 0 errors, 1 warning.", run.Lines[1]);
    }

    [Fact]
    public void Type_express_applies_the_rules_of_express_workflows()
    {
        var path = _dir.Write("callback.asl.json", Definitions.WaitForTaskToken);

        var standard = CliRun.InProcess("validate", path);
        var express = CliRun.InProcess("validate", "--type", "EXPRESS", path);

        Assert.Equal(0, standard.ExitCode);
        Assert.Equal(1, express.ExitCode);
        Assert.StartsWith($"{path}(6,7): error ASL1120: ", express.Lines[0]);
    }

    [Fact]
    public void Files_are_reported_in_argument_order_whatever_order_they_finish_in()
    {
        var names = Enumerable.Range(0, 60).Select(i => $"Field{i:D2}").ToList();
        // Reverse alphabetical arguments, so neither name nor creation order matches the expected output.
        var paths = names.Select(n => _dir.Write($"{n}.asl.json", Definitions.WithUnknownField(n))).Reverse().ToArray();

        var run = CliRun.InProcess(["validate", .. paths]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(paths.Select(p => p + "(3,3)"), run.Lines.Take(paths.Length).Select(l => l[..l.IndexOf(": ", StringComparison.Ordinal)]));
        Assert.Equal("60 files checked: 0 valid, 60 invalid; 60 errors.", run.Lines[^1]);
    }

    [Fact]
    public void An_unreadable_input_makes_the_run_exit_2_even_when_other_files_are_invalid()
    {
        var invalid = _dir.Write("invalid.asl.json", Definitions.TwoUnknownFields);
        var valid = _dir.Write("valid.asl.json", Definitions.Valid);
        var missing = Path.Combine(_dir.Path, "missing.asl.json");

        var run = CliRun.InProcess("validate", valid, invalid, missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("3 files checked: 1 valid, 1 invalid, 1 not checked; 3 errors.", run.Lines[^1]);
    }
}
