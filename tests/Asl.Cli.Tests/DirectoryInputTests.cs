namespace Asl.Cli.Tests;

public sealed class DirectoryInputTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_directory_is_searched_recursively_for_json_files_in_ordinal_path_order()
    {
        _dir.Write("b.json", Definitions.WithUnknownField("B"));
        _dir.Write("A.asl.json", Definitions.WithUnknownField("A"));
        _dir.Write("sub/c.asl.json", Definitions.WithUnknownField("C"));
        _dir.Write("sub/deeper/d.json", Definitions.WithUnknownField("D"));
        _dir.Write("notes.txt", "not a definition");

        var run = CliRun.InProcess("validate", _dir.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                Path.Combine(_dir.Path, "A.asl.json"),
                Path.Combine(_dir.Path, "b.json"),
                Path.Combine(_dir.Path, "sub", "c.asl.json"),
                Path.Combine(_dir.Path, "sub", "deeper", "d.json"),
            ],
            run.Lines.SkipLast(1).Select(l => l[..l.IndexOf('(')]));
        Assert.Equal("4 files checked: 0 valid, 4 invalid; 4 errors.", run.Lines[^1]);
    }

    [Fact]
    public void Hidden_entries_and_build_output_directories_are_skipped()
    {
        _dir.Write("machine.asl.json", Definitions.Valid);
        _dir.Write(".hidden.json", "not json");
        _dir.Write(".git/config.json", "not json");
        _dir.Write("bin/Debug/app.deps.json", "{}");
        _dir.Write("obj/project.assets.json", "{}");
        _dir.Write("node_modules/pkg/package.json", "{}");

        var run = CliRun.InProcess("validate", _dir.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["1 file checked: 1 valid, 0 invalid; 0 errors."], run.Lines);
    }

    [Fact]
    public void Paths_found_in_a_directory_are_printed_below_the_argument_as_written()
    {
        _dir.Write("flows/one.asl.json", Definitions.WithUnknownField("One"));
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(_dir.Path, "flows"));

        var run = CliRun.InProcess("validate", relative);

        Assert.StartsWith(Path.Combine(relative, "one.asl.json") + "(3,3): error ASL1028", run.Lines[0]);
    }

    [Fact]
    public void A_file_named_twice_or_also_found_in_a_directory_is_checked_once()
    {
        var path = _dir.Write("one.asl.json", Definitions.WithUnknownField("One"));

        var run = CliRun.InProcess("validate", path, _dir.Path, path);

        Assert.Equal("1 file checked: 0 valid, 1 invalid; 1 error.", run.Lines[^1]);
    }

    [Fact]
    public void A_directory_without_json_files_is_an_input_error_naming_the_directory()
    {
        _dir.Write("readme.txt", "nothing to see");

        var run = CliRun.InProcess("validate", _dir.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{_dir.Path}: error ASL1094: ", run.Lines[0]);
        Assert.Contains("is a directory that holds no *.json file", run.Lines[0]);
        Assert.Equal("1 file checked: 0 valid, 0 invalid, 1 not checked; 1 error.", run.Lines[^1]);
    }

    [Fact]
    public void Paths_can_come_from_a_response_file_one_per_line()
    {
        var first = _dir.Write("first.asl.json", Definitions.WithUnknownField("First"));
        var second = _dir.Write("second.asl.json", Definitions.Valid);
        var list = _dir.Write("paths.txt", first + "\n" + second + "\n");

        var run = CliRun.InProcess("validate", "@" + list);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(first + "(3,3): error ASL1028", run.Lines[0]);
        Assert.Equal("2 files checked: 1 valid, 1 invalid; 1 error.", run.Lines[^1]);
    }
}
