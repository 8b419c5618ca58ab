using System.Text.Json;

namespace Asl.Cli.Tests;

public sealed class JsonOutputTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Json_format_prints_one_document_with_every_field_of_every_finding()
    {
        var path = _dir.Write("unknown.asl.json", Definitions.TwoUnknownFields);

        var run = CliRun.InProcess("validate", "--format", "json", path);

        Assert.Equal(1, run.ExitCode);
        using var document = JsonDocument.Parse(run.Stdout);
        var file = Assert.Single(document.RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal(path, file.GetProperty("path").GetString());
        Assert.False(file.GetProperty("valid").GetBoolean());
        var diagnostics = file.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(2, diagnostics.Count);
        var first = diagnostics[0];
        Assert.Equal(["code", "severity", "message", "pointer", "line", "column"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("ASL1028", first.GetProperty("code").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.StartsWith("Field \"Timeout\" is not supported at the top level.", first.GetProperty("message").GetString());
        Assert.Equal("/Timeout", first.GetProperty("pointer").GetString());
        Assert.Equal(3, first.GetProperty("line").GetInt32());
        Assert.Equal(3, first.GetProperty("column").GetInt32());
        Assert.Equal("/Owner", diagnostics[1].GetProperty("pointer").GetString());
        Assert.Equal(4, diagnostics[1].GetProperty("line").GetInt32());
    }

    [Fact]
    public void Json_format_lists_files_in_argument_order_with_null_positions_when_there_are_none()
    {
        var valid = _dir.Write("valid.asl.json", Definitions.Valid);
        var missing = Path.Combine(_dir.Path, "missing.asl.json");

        var run = CliRun.InProcess("validate", "--format", "json", valid, missing);

        Assert.Equal(2, run.ExitCode);
        using var document = JsonDocument.Parse(run.Stdout);
        var files = document.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal([valid, missing], files.Select(f => f.GetProperty("path").GetString()));
        Assert.True(files[0].GetProperty("valid").GetBoolean());
        Assert.Empty(files[0].GetProperty("diagnostics").EnumerateArray());
        Assert.False(files[1].GetProperty("valid").GetBoolean());
        var finding = Assert.Single(files[1].GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("ASL1094", finding.GetProperty("code").GetString());
        Assert.Equal("", finding.GetProperty("pointer").GetString());
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("line").ValueKind);
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("column").ValueKind);
    }

    [Fact]
    public void Json_format_reports_warnings_with_their_severity_when_asked()
    {
        var path = _dir.Write("choice.asl.json", Definitions.ChoiceWithoutDefault);

        var run = CliRun.InProcess("validate", "--format", "json", "--severity", "warning", path);

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Stdout);
        var file = Assert.Single(document.RootElement.GetProperty("files").EnumerateArray());
        Assert.True(file.GetProperty("valid").GetBoolean());
        var finding = Assert.Single(file.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("ASL1140", finding.GetProperty("code").GetString());
        Assert.Equal("warning", finding.GetProperty("severity").GetString());
        Assert.Equal("/States/Route", finding.GetProperty("pointer").GetString());
    }

    [Fact]
    public void Json_output_is_the_same_on_every_run()
    {
        var paths = Enumerable.Range(0, 20).Select(i => _dir.Write($"m{i}.asl.json", Definitions.WithUnknownField("F" + i))).ToArray();

        var first = CliRun.InProcess(["validate", "--format", "json", .. paths]);
        var second = CliRun.InProcess(["validate", "--format", "json", .. paths]);

        Assert.Equal(first.Stdout, second.Stdout);
    }
}
