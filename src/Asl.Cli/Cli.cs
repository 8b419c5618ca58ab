using System.CommandLine;
using System.CommandLine.Help;
using Asl.Cli.Commands;
using Asl.Cli.Validate;

namespace Asl.Cli;

/// <summary>The <c>asl</c> command line: parses arguments, runs a command, returns the process exit code.</summary>
internal static class Cli
{
    /// <summary>Runs <c>asl</c> with <paramref name="args"/>, writing to the given streams (tests pass string writers); <paramref name="stdin"/> defaults to the console's.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TextReader? stdin = null)
    {
        // A plain command named "asl" rather than RootCommand, whose name comes from the host process
        // ("dotnet", "testhost") and would show up in help text.
        var root = new Command("asl", "Tools for Amazon States Language (AWS Step Functions) definitions.")
        {
            new HelpOption(),
            new VersionOption(),
            ValidateCommand.Create(stdout),
            RunCommand.Create(stdout, stderr),
            ServeCommand.Create(stdout, stderr),
            TemplateCommand.Create(stdout, stderr),
            DiagramCommand.Create(stdout, stderr),
            ImportCommand.Create(stdout, stderr),
            JsonAtaCommand.Create(stdin ?? Console.In, stdout, stderr),
        };
        var parse = root.Parse(args);

        // A wrong command line is a usage error (exit 2), not an invalid definition (exit 1, the parser's default).
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) stderr.WriteLine($"asl: {error.Message}");
            var command = parse.CommandResult.Command == root ? "asl" : "asl " + parse.CommandResult.Command.Name;
            stderr.WriteLine($"Run '{command} --help' for usage.");
            return ExitCodes.InputError;
        }

        try
        {
            // Our own handler below replaces the parser's, which would print the exception's stack trace.
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (IOException exception)
        {
            // Typically the reader of stdout went away (asl validate ... | head).
            return Fail(stderr, $"asl: cannot write the output: {exception.Message}");
        }
        catch (Exception exception)
        {
            return Fail(stderr, $"asl: internal error ({exception.GetType().Name}: {exception.Message}). Please report this with the command line and input files.");
        }
    }

    private static int Fail(TextWriter stderr, string message)
    {
        try
        {
            stderr.WriteLine(message);
        }
        catch (IOException)
        {
            // Nowhere left to report to; the exit code still says it.
        }

        return ExitCodes.InputError;
    }
}
