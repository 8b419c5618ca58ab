using System.CommandLine;
using System.Text;
using Asl.Build.Output;
using Asl.Cli.Import;
using Asl.Cli.Validate;
using Asl.Diagnostics;
using Asl.Json;

namespace Asl.Cli.Commands;

/// <summary>
/// <c>asl import FILE [--class NAME] [--namespace NS] [-o DIR]</c>: turns a definition into a <c>[StateMachine]</c> class
/// written with the fluent API, whose generated definition is the file's (JSON-equal). The class goes to standard
/// output, or to <c>DIR/NAME.cs</c>. Exit 0 when imported, 1 when the definition has errors or holds something the
/// fluent API cannot write (each named, nothing written), 2 when the file or the command line is wrong.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "The definition file (.asl.json) to import." };
        var className = new Option<string>("--class")
        {
            Description = "The class name (default: the file name without .asl.json, in PascalCase).",
            HelpName = "NAME",
        };
        var ns = new Option<string>("--namespace")
        {
            Description = "The namespace of the class (default: none).",
            HelpName = "NS",
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The directory to write NAME.cs into (default: standard output).",
            HelpName = "DIR",
        };
        var command = new Command("import", "Turn a definition into a C# [StateMachine] class written with the fluent API; its generated definition is the file's.")
        {
            file, className, ns, output,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(className) is { } name && !CSharpValues.IsIdentifier(name))
                result.AddError($"--class '{name}' is not a C# class name (letters, digits and '_', not starting with a digit).");
            if (result.GetValue(ns) is { } space && !space.Split('.').All(CSharpValues.IsIdentifier))
                result.AddError($"--namespace '{space}' is not a C# namespace (names separated by '.').");
        });
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(className), parse.GetValue(ns), parse.GetValue(output), stdout, stderr));
        return command;
    }

    private static int Run(string path, string? className, string? ns, string? output, TextWriter stdout, TextWriter stderr)
    {
        var input = InputFiles.Expand([path]);
        if (input.Count != 1 || Directory.Exists(path))
        {
            stderr.WriteLine($"asl import: '{path}' is not a definition file; import one file at a time.");
            return ExitCodes.InputError;
        }
        var validator = new FileValidator(new ValidateSettings([path], OutputFormat.Text, SeverityThreshold.Error, WorkflowType.Standard));
        var report = validator.Check(input[0]);
        var errors = report.Findings.Where(f => f.Severity == AslSeverity.Error).ToList();
        foreach (var finding in errors) stderr.WriteLine(TextReportWriter.Format(report.Path, finding));
        if (report.Outcome == FileOutcome.Unreadable) return ExitCodes.InputError;
        if (errors.Count > 0)
        {
            stderr.WriteLine($"asl import: '{report.Path}' has errors (above); fix them first: the generator would reject the imported class.");
            return ExitCodes.Invalid;
        }

        var machine = AslReader.ReadFile(input[0].FullPath).Machine!;
        var machineName = DefinitionNames.MachineNameFor(input[0].DisplayPath);
        var name = className ?? ClassName(machineName);
        string code;
        try
        {
            code = CSharpImporter.Import(machine, name, ns, machineName);
        }
        catch (ImportNotSupportedException e)
        {
            stderr.WriteLine($"asl import: {report.Path}: {e.Message}.");
            stderr.WriteLine("asl import: nothing was written: the imported class would generate a different definition. Keep this machine as a definition file ([StateMachine(DefinitionFile = ...)]), or change the file as suggested and import again.");
            return ExitCodes.Invalid;
        }

        if (output is null)
        {
            stdout.Write(code);
            stdout.Flush();
            return ExitCodes.Valid;
        }
        var target = Path.Combine(output, name + ".cs");
        try
        {
            Directory.CreateDirectory(output);
            FileSync.WriteIfChanged(Path.GetFullPath(target), code);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            stderr.WriteLine($"asl import: cannot write '{target}': {e.Message}");
            return ExitCodes.InputError;
        }
        stdout.WriteLine($"asl import: wrote {target} (class {name}, {machine.States.Count} top-level states).");
        return ExitCodes.Valid;
    }

    /// <summary>A PascalCase C# name from a machine name: "order-processing" gives OrderProcessing.</summary>
    internal static string ClassName(string machineName)
    {
        var name = new StringBuilder();
        var upper = true;
        foreach (var c in machineName)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                upper = true;
                continue;
            }
            name.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        if (name.Length == 0) return "ImportedWorkflow";
        if (char.IsDigit(name[0])) name.Insert(0, "Workflow");
        return name.ToString();
    }
}
