using System.Text.Json;
using Asl.Local.Tests.Endpoint;

namespace Asl.Cli.Tests.RunServe;

/// <summary><c>asl run</c>/<c>asl serve --s3-dir DIR</c>: a distributed Map reads its items from files and writes its results as files.</summary>
public sealed class S3FolderTests : IDisposable
{
    private const string CsvMap = """
        {"StartAt":"Import","States":{"Import":{"Type":"Map","End":true,
          "ItemReader":{"Resource":"arn:aws:states:::s3:getObject","ReaderConfig":{"InputType":"CSV","CSVHeaderLocation":"FIRST_ROW"},
            "Parameters":{"Bucket":"inbox","Key.$":"$.key"}},
          "ResultWriter":{"Resource":"arn:aws:states:::s3:putObject","Parameters":{"Bucket":"results","Prefix":"imports"}},
          "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"Accept","States":{
            "Accept":{"Type":"Pass","Parameters":{"sku.$":"$.sku"},"End":true}}}}}}
        """;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_distributed_Map_reads_a_CSV_file_of_the_folder_and_writes_its_results_beside_it()
    {
        var definition = _dir.Write("import.asl.json", CsvMap);
        _dir.Write("s3/inbox/2025/orders.csv", "sku,qty\napple,2\npear,1\n");
        Directory.CreateDirectory(Path.Combine(_dir.Path, "s3", "results"));

        var run = CliRun.InProcess("run", definition, "--s3-dir", Path.Combine(_dir.Path, "s3"), "--input", """{"key":"2025/orders.csv"}""");

        Assert.Equal(0, run.ExitCode);
        var output = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("output");
        var manifestKey = output.GetProperty("ResultWriterDetails").GetProperty("Key").GetString()!;
        Assert.StartsWith("imports/", manifestKey);
        var succeeded = Path.Combine(_dir.Path, "s3", "results", manifestKey.Replace("manifest.json", "SUCCEEDED_0.json", StringComparison.Ordinal));
        var outputs = JsonDocument.Parse(File.ReadAllText(succeeded)).RootElement.EnumerateArray().Select(r => r.GetProperty("Output").GetString());
        Assert.Equal(["{\"sku\":\"apple\"}", "{\"sku\":\"pear\"}"], outputs);
        Assert.True(File.Exists(Path.Combine(_dir.Path, "s3", "results", manifestKey)));
    }

    [Fact]
    public void Without_the_folder_the_Map_fails_as_on_AWS_and_the_hint_names_the_option()
    {
        var definition = _dir.Write("import.asl.json", CsvMap);

        var run = CliRun.InProcess("run", definition, "--input", """{"key":"orders.csv"}""");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("States.ItemReaderFailed", JsonDocument.Parse(run.Stdout).RootElement.GetProperty("error").GetString());
        Assert.Contains("--s3-dir", run.Stderr);
    }

    [Fact]
    public async Task Serve_reads_objects_added_to_the_folder_while_it_runs()
    {
        Directory.CreateDirectory(Path.Combine(_dir.Path, "s3", "inbox"));
        Directory.CreateDirectory(Path.Combine(_dir.Path, "s3", "results"));
        using var serve = AslProcess.Start("serve", "--port", "0", "--s3-dir", Path.Combine(_dir.Path, "s3"));
        var banner = await serve.FirstLineAsync(TimeSpan.FromSeconds(60));
        var aws = new AwsCli(new Uri(banner[Commands.ServeCommand.ListeningPrefix.Length..]));
        var machine = (await aws.StepFunctionsAsync("create-state-machine", "--name", "Import", "--role-arn", "arn:aws:iam::123456789012:role/R",
            "--definition", "file://" + _dir.Write("import.asl.json", CsvMap))).Json.GetProperty("stateMachineArn").GetString()!;
        _dir.Write("s3/inbox/late.csv", "sku\nplum\n");

        var execution = (await aws.StepFunctionsAsync("start-execution", "--state-machine-arn", machine, "--input", """{"key":"late.csv"}""")).Json.GetProperty("executionArn").GetString()!;
        JsonElement described = default;
        for (var attempt = 0; attempt < 40; attempt++)
        {
            described = (await aws.StepFunctionsAsync("describe-execution", "--execution-arn", execution)).Json;
            if (described.GetProperty("status").GetString() != "RUNNING") break;
            await Task.Delay(250);
        }
        serve.Terminate();

        Assert.Equal("SUCCEEDED", described.GetProperty("status").GetString());
        var manifestKey = JsonDocument.Parse(described.GetProperty("output").GetString()!).RootElement.GetProperty("ResultWriterDetails").GetProperty("Key").GetString()!;
        Assert.True(File.Exists(Path.Combine(_dir.Path, "s3", "results", manifestKey)));
        Assert.Equal(0, serve.WaitForExit(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public void A_folder_that_does_not_exist_is_an_input_error()
    {
        var definition = _dir.Write("import.asl.json", CsvMap);

        var run = CliRun.InProcess("run", definition, "--s3-dir", Path.Combine(_dir.Path, "nowhere"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Stderr);
        run.AssertNoStackTrace();
    }
}
