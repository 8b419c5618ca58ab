using System.CommandLine;
using System.Text;
using Asl.Cli.Validate;
using Asl.Json;
using Asl.Local;
using Asl.Local.Json;

namespace Asl.Cli.Commands;

/// <summary>
/// <c>asl jsonata 'EXPR' [--input FILE|JSON] [--bindings JSON]</c>: evaluates one JSONata expression as Step Functions
/// does and prints the result as JSON (or <c>undefined</c>); an error prints its JSONata code and message and exits 1.
/// With <c>--jsonl</c> it answers requests read from stdin, one JSON object a line, each with one line, flushed.
/// </summary>
internal static class JsonAtaCommand
{
    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var expression = new Argument<string?>("expression")
        {
            Description = "The JSONata expression (the text between {% and %}), for example '$sum($states.input.items.price)'.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var input = new Option<string>("--input", "-i")
        {
            Description = "The input ($) as a JSON file or as JSON text; without it the input is undefined, as in Step Functions.",
            HelpName = "FILE|JSON",
        };
        var bindings = new Option<string>("--bindings", "-b")
        {
            Description = "Variables as a JSON object (file or text), for example '{\"states\": {\"input\": {\"total\": 3}}, \"limit\": 10}'.",
            HelpName = "FILE|JSON",
        };
        var jsonl = new Option<bool>("--jsonl")
        {
            Description = "Read requests from stdin, one JSON object a line ({\"id\", \"expr\", \"data\", \"bindings\"}), and answer each with one line: {\"id\", \"result\"}, {\"id\", \"undefined\": true} or {\"id\", \"error\", \"message\"}.",
        };

        var command = new Command("jsonata", "Evaluate a JSONata expression as AWS Step Functions does (JSONata 2.0.6 with Step Functions' functions and bounds) and print the result as JSON.")
        {
            expression, input, bindings, jsonl,
        };
        command.Validators.Add(result =>
        {
            var hasExpression = result.GetValue(expression) is not null;
            if (result.GetValue(jsonl))
            {
                if (hasExpression || result.GetResult(input) is not null || result.GetResult(bindings) is not null)
                    result.AddError("With --jsonl each request line gives its expression, data and bindings; give no expression, --input or --bindings.");
            }
            else if (!hasExpression)
            {
                result.AddError("Give the expression to evaluate, for example: asl jsonata '$sum([1, 2, 3])'.");
            }
        });
        command.SetAction(parse => parse.GetValue(jsonl)
            ? Serve(stdin, stdout)
            : EvaluateOne(parse.GetValue(expression)!, parse.GetValue(input), parse.GetValue(bindings), stdout, stderr));
        return command;
    }

    private static int EvaluateOne(string expression, string? inputOption, string? bindingsOption, TextWriter stdout, TextWriter stderr)
    {
        AslJson? input = null;
        if (inputOption is not null && !TryReadJson(inputOption, "--input", stderr, out input)) return ExitCodes.InputError;
        IReadOnlyDictionary<string, AslJson>? bindings = null;
        if (bindingsOption is not null)
        {
            if (!TryReadJson(bindingsOption, "--bindings", stderr, out var value)) return ExitCodes.InputError;
            if (!TryBindings(value, out bindings))
            {
                stderr.WriteLine("asl jsonata: --bindings must be a JSON object of variable names (without $) and values, for example '{\"limit\": 10}'.");
                return ExitCodes.InputError;
            }
        }

        var outcome = Evaluate(expression, input, bindings);
        if (outcome.Error is { } code)
        {
            stderr.WriteLine($"{code}: {outcome.Message}{(outcome.Position >= 0 ? $" (at character {outcome.Position + 1})" : "")}");
            return ExitCodes.Invalid;
        }
        stdout.WriteLine(outcome.Result is null ? "undefined" : JsonText.Write(outcome.Result));
        return ExitCodes.Valid;
    }

    /// <summary>A file's JSON when <paramref name="text"/> names a file, otherwise <paramref name="text"/> read as JSON.</summary>
    private static bool TryReadJson(string text, string option, TextWriter stderr, out AslJson value)
    {
        var source = text;
        var fromFile = File.Exists(text);
        if (fromFile)
        {
            try
            {
                source = File.ReadAllText(text, Encoding.UTF8);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
            {
                stderr.WriteLine($"asl jsonata: {option} file '{text}' cannot be read: {e.Message}");
                value = AslJson.Null;
                return false;
            }
        }
        if (JsonText.TryParse(source, out value, out var problem)) return true;
        stderr.WriteLine(fromFile
            ? $"asl jsonata: {option} file '{text}' is not valid JSON: {problem}"
            : $"asl jsonata: {option} is neither a file nor valid JSON text: {problem}");
        return false;
    }

    private static bool TryBindings(AslJson value, out IReadOnlyDictionary<string, AslJson>? bindings)
    {
        bindings = null;
        if (value is not AslJsonObject obj) return false;
        var variables = new Dictionary<string, AslJson>(StringComparer.Ordinal);
        foreach (var property in obj.Properties) variables[property.Name] = property.Value;
        bindings = variables;
        return true;
    }

    private sealed record Outcome(AslJson? Result, string? Error, string? Message, int Position);

    private static Outcome Evaluate(string expression, AslJson? input, IReadOnlyDictionary<string, AslJson>? bindings)
    {
        try
        {
            return new Outcome(JsonAtaExpression.Parse(expression).Evaluate(input, bindings), null, null, -1);
        }
        catch (JsonAtaException error)
        {
            return new Outcome(null, error.Code, error.Message, error.Position);
        }
    }

    /// <summary>The --jsonl loop: one answer line per request line, written and flushed before the next line is read.</summary>
    private static int Serve(TextReader stdin, TextWriter stdout)
    {
        while (stdin.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            stdout.WriteLine(Answer(line));
            stdout.Flush();
        }
        return ExitCodes.Valid;
    }

    /// <summary>The answer to one request line.</summary>
    internal static string Answer(string line)
    {
        if (!JsonText.TryParse(line, out var parsed, out var problem))
            return Reply(null, new JsonObjectBuilder().AddUnique("error", new AslJsonString("InvalidRequest")).AddUnique("message", new AslJsonString($"The request is not valid JSON: {problem}")));
        if (parsed is not AslJsonObject request)
            return Reply(null, Failure("The request must be a JSON object: {\"id\": ..., \"expr\": \"...\", \"data\": ..., \"bindings\": {...}}."));
        var id = request["id"];
        if (request["expr"] is not AslJsonString { Value: var expression })
            return Reply(id, Failure("The request has no \"expr\" string to evaluate."));
        IReadOnlyDictionary<string, AslJson>? bindings = null;
        if (request["bindings"] is { } bindingsValue and not AslJsonNull && !TryBindings(bindingsValue, out bindings))
            return Reply(id, Failure("\"bindings\" must be a JSON object of variable names (without $) and values."));

        // No "data" member: the input is undefined; "data": null is JSON null.
        var outcome = Evaluate(expression, request["data"], bindings);
        var answer = new JsonObjectBuilder();
        if (outcome.Error is { } code) answer.AddUnique("error", new AslJsonString(code)).AddUnique("message", new AslJsonString(outcome.Message!));
        else if (outcome.Result is null) answer.AddUnique("undefined", AslJsonBool.True);
        else answer.AddUnique("result", outcome.Result);
        return Reply(id, answer);
    }

    private static JsonObjectBuilder Failure(string message) =>
        new JsonObjectBuilder().AddUnique("error", new AslJsonString("InvalidRequest")).AddUnique("message", new AslJsonString(message));

    private static string Reply(AslJson? id, JsonObjectBuilder body)
    {
        var reply = new JsonObjectBuilder().AddUnique("id", id ?? AslJson.Null);
        foreach (var property in body.Build().Properties) reply.AddUnique(property.Name, property.Value);
        return JsonText.Write(reply.Build());
    }
}
