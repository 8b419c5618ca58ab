namespace Asl.Cli.Tests;

/// <summary>The outcome of one <c>asl</c> call.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Runs <c>asl</c> in-process with the given arguments.</summary>
    public static CliRun InProcess(params string[] args) => WithInput("", args);

    /// <summary>Runs <c>asl</c> in-process with the given arguments and <paramref name="stdin"/> as its standard input.</summary>
    public static CliRun WithInput(string stdin, params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        using var input = new StringReader(stdin);
        var exitCode = Cli.Run(args, stdout, stderr, input);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The non-empty lines of stdout.</summary>
    public IReadOnlyList<string> Lines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Fails when any output looks like an exception trace.</summary>
    public void AssertNoStackTrace()
    {
        foreach (var text in new[] { Stdout, Stderr })
        {
            Assert.DoesNotContain("   at ", text);
            Assert.DoesNotContain("Unhandled exception", text);
            Assert.DoesNotContain("--- End of", text);
        }
    }
}
