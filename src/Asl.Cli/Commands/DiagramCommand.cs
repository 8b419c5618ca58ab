using System.CommandLine;
using System.Globalization;
using Asl.Build.Output;
using Asl.Cli.Validate;
using Asl.Diagnostics;
using Asl.Diagrams;
using Asl.Diagrams.Dot;
using Asl.Diagrams.Mermaid;
using Asl.Diagrams.Svg;
using Asl.Json;

namespace Asl.Cli.Commands;

/// <summary>The picture formats of <c>asl diagram</c>.</summary>
internal enum DiagramFormat
{
    /// <summary>A Mermaid flowchart (.mmd).</summary>
    Mermaid,
    /// <summary>An SVG image laid out by Asl (.svg).</summary>
    Svg,
    /// <summary>Graphviz's dot language (.dot).</summary>
    Dot,
    /// <summary>A Markdown page with the Mermaid flowchart, as the build writes it (.md).</summary>
    Markdown,
}

/// <summary>
/// <c>asl diagram FILE|DIR... [--format mermaid|svg|dot|markdown] [-o OUT] [--history FILE] [--title TEXT]</c>: draws definitions.
/// One definition goes to standard output, or to <c>-o FILE</c>; with a directory or several files, each picture is
/// written beside its definition (<c>order.asl.json</c> → <c>order.svg</c>), or into <c>-o DIR</c>. With
/// <c>--history</c> the path an execution took is highlighted. A definition with errors is drawn all the same and its
/// errors are printed; exit 0 when everything was drawn from valid definitions, 1 when some definition has errors, 2
/// when something could not be drawn or read (nothing is drawn from a history that does not fit).
/// </summary>
internal static class DiagramCommand
{
    /// <summary>The parsed options of one <c>asl diagram</c>.</summary>
    private sealed record Settings(IReadOnlyList<string> Paths, DiagramFormat Format, string? Output, string? History, string? Title);

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Definition files, or directories to search recursively for *.json files (*.asl.json included).",
            Arity = ArgumentArity.OneOrMore,
        };
        paths.Validators.Add(ValidateCommand.RejectOptionLikePaths);
        var format = new Option<DiagramFormat>("--format", "-f")
        {
            Description = "mermaid (a flowchart for Markdown; default), svg (an image, laid out by Asl), dot (for Graphviz) or markdown (a page with the flowchart, as the build writes).",
            HelpName = "mermaid|svg|dot|markdown",
            DefaultValueFactory = _ => DiagramFormat.Mermaid,
        };
        format.Validators.Add(EnumValidation.RejectUndefined);
        var output = new Option<string>("--output", "-o")
        {
            Description = "Where to write: a file for one definition (default: standard output), a directory for several (default: beside each definition).",
            HelpName = "OUT",
        };
        var history = new Option<string>("--history")
        {
            Description = "Highlight the path an execution took: a history as 'asl run --history' or 'aws stepfunctions get-execution-history' prints it.",
            HelpName = "FILE",
        };
        var title = new Option<string>("--title")
        {
            Description = "The heading of an SVG, dot graph or Markdown page (default: the definition's file name without .asl.json).",
            HelpName = "TEXT",
        };
        var command = new Command("diagram", "Draw definitions as pictures: Mermaid flowcharts, SVG images or Graphviz graphs, with an execution's path on request.")
        {
            paths, format, output, history, title,
        };
        command.Validators.Add(result =>
        {
            var single = result.GetValue(paths) is { Length: 1 } one && !Directory.Exists(one[0]);
            if (result.GetResult(history) is not null && !single)
                result.AddError("--history goes with one definition file: the one whose execution it records.");
            if (result.GetResult(title) is not null && !single)
                result.AddError("--title names the picture of one definition file; with several, each is titled after its file.");
        });
        command.SetAction(parse => Run(new Settings(parse.GetValue(paths) ?? [], parse.GetValue(format), parse.GetValue(output), parse.GetValue(history), parse.GetValue(title)), stdout, stderr));
        return command;
    }

    private static int Run(Settings settings, TextWriter stdout, TextWriter stderr)
    {
        var inputs = InputFiles.Expand(settings.Paths);
        var single = settings.Paths.Count == 1 && inputs.Count == 1 && !Directory.Exists(settings.Paths[0]);
        if (!single && settings.Output is { } folder && File.Exists(folder))
        {
            stderr.WriteLine($"asl diagram: '{folder}' is a file; with a directory or several definitions, -o names the directory to write into.");
            return ExitCodes.InputError;
        }

        IReadOnlyList<ExecutionEvent>? events = null;
        if (settings.History is { } historyPath && (events = HistoryFile.Read(historyPath, out var problem)) is null)
        {
            stderr.WriteLine($"asl diagram: {problem}");
            return ExitCodes.InputError;
        }

        var exitCode = ExitCodes.Valid;
        var validator = new FileValidator(new ValidateSettings(settings.Paths, OutputFormat.Text, SeverityThreshold.Error, WorkflowType.Standard));
        foreach (var input in inputs)
        {
            var outcome = Draw(input, settings, single, events, validator, stdout, stderr);
            exitCode = Math.Max(exitCode, outcome);
        }
        return exitCode;
    }

    /// <summary>Draws one definition; returns its exit code.</summary>
    private static int Draw(InputFile input, Settings settings, bool single, IReadOnlyList<ExecutionEvent>? events, FileValidator validator,
        TextWriter stdout, TextWriter stderr)
    {
        var report = validator.Check(input);
        var errors = report.Findings.Where(f => f.Severity == AslSeverity.Error).ToList();
        foreach (var finding in errors) stderr.WriteLine(TextReportWriter.Format(report.Path, finding));
        var machine = report.Outcome == FileOutcome.Unreadable ? null : AslReader.ReadFile(input.FullPath).Machine;
        if (machine is null)
        {
            stderr.WriteLine($"asl diagram: '{input.DisplayPath}' cannot be drawn{(errors.Count > 0 ? "; fix the errors above" : "")}.");
            return ExitCodes.InputError;
        }
        if (errors.Count > 0)
            stderr.WriteLine($"asl diagram: '{input.DisplayPath}' has {Count(errors.Count, "error")} (above); it is drawn as it is ('asl validate {input.DisplayPath}' checks it).");

        var diagram = Diagram.Of(machine);
        PathOverlay? path = null;
        if (events is not null)
        {
            path = PathOverlay.Create(diagram, ExecutionPath.FromEvents(events));
            if (path.UnknownStates.Count > 0 && path.EnteredStateCount == 0)
            {
                stderr.WriteLine($"asl diagram: the history's states ({Names(path.UnknownStates)}) are not in '{input.DisplayPath}'; is it the history of another state machine?");
                return ExitCodes.InputError;
            }
            if (path.UnknownStates.Count > 0)
                stderr.WriteLine($"asl diagram: warning: the history names states that '{input.DisplayPath}' does not have ({Names(path.UnknownStates)}); they are left out.");
        }

        var title = settings.Title ?? DefinitionNames.MachineNameFor(input.DisplayPath);
        var text = Render(diagram, settings.Format, title, path, Path.GetFileName(input.FullPath));
        var target = Target(input, settings, single);
        if (target is null)
        {
            stdout.Write(text);
            stdout.Flush();
        }
        else
        {
            try
            {
                FileSync.WriteIfChanged(Path.GetFullPath(target), text);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                stderr.WriteLine($"asl diagram: cannot write '{target}': {e.Message}");
                return ExitCodes.InputError;
            }
            stdout.WriteLine($"asl diagram: wrote {target} ({Count(diagram.States.Count, "state")}).");
        }
        return errors.Count > 0 ? ExitCodes.Invalid : ExitCodes.Valid;
    }

    private static string Render(Diagram diagram, DiagramFormat format, string title, PathOverlay? path, string definitionFile) => format switch
    {
        DiagramFormat.Svg => SvgRenderer.Render(diagram, title, path),
        DiagramFormat.Dot => DotRenderer.Render(diagram, title, path),
        DiagramFormat.Markdown => MermaidMarkdown.Write(title, MermaidRenderer.Render(diagram, path), $"Drawn by `asl diagram` from [{definitionFile}]({Uri.EscapeDataString(definitionFile)})."),
        _ => MermaidRenderer.Render(diagram, path),
    };

    /// <summary>The file to write, or null for standard output.</summary>
    private static string? Target(InputFile input, Settings settings, bool single)
    {
        var extension = settings.Format switch
        {
            DiagramFormat.Svg => ".svg",
            DiagramFormat.Dot => ".dot",
            DiagramFormat.Markdown => ".md",
            _ => ".mmd",
        };
        if (single)
        {
            if (settings.Output is not { } output) return null;
            return Directory.Exists(output) ? Path.Combine(output, Stem(input.FullPath) + extension) : output;
        }
        var name = Stem(input.FullPath) + extension;
        if (settings.Output is not { } folder) return Path.Combine(Path.GetDirectoryName(input.DisplayPath) ?? "", name);
        // Below a directory argument the tree is mirrored, so two order.asl.json in different folders stay apart.
        var relative = Path.GetDirectoryName(RelativeToArgument(input, settings.Paths)) ?? "";
        return Path.Combine(folder, relative, name);
    }

    private static string RelativeToArgument(InputFile input, IReadOnlyList<string> arguments)
    {
        foreach (var argument in arguments)
        {
            var full = Path.GetFullPath(argument);
            if (Directory.Exists(full) && input.FullPath.StartsWith(Path.TrimEndingDirectorySeparator(full) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                return Path.GetRelativePath(full, input.FullPath);
        }
        return Path.GetFileName(input.FullPath);
    }

    /// <summary>The file name without .asl.json or .json.</summary>
    private static string Stem(string path)
    {
        var name = Path.GetFileName(path);
        foreach (var suffix in new[] { ".asl.json", ".json" })
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) return name[..^suffix.Length];
        return name;
    }

    private static string Names(IReadOnlyList<string> names) =>
        string.Join(", ", names.Take(5).Select(n => "'" + n + "'")) + (names.Count > 5 ? $" and {names.Count - 5} more" : "");

    private static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}
