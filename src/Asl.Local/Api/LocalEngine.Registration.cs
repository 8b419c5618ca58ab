using System.Collections.Concurrent;
using System.Text;
using Asl.Diagnostics;
using Asl.Json;
using Asl.Local.Execution;
using Asl.Local.Tasks;
using Asl.Model;

namespace Asl.Local;

public sealed partial class LocalEngine
{
    private readonly Dictionary<string, StateMachineDescription> _machines = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LambdaHandler> _lambdas = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskHandler> _taskHandlers = new(StringComparer.Ordinal);

    /// <summary>
    /// Registers a state machine under <paramref name="name"/>. Registering the same name again with an equal
    /// definition returns the existing registration; with a different one it throws
    /// <see cref="StateMachineAlreadyExistsException"/> (use <see cref="UpdateStateMachine"/>).
    /// </summary>
    /// <param name="name">1–80 characters, without white space or <c>&lt;&gt;{}[]?*"#%\^|~`$&amp;,;:/</c>.</param>
    /// <param name="definition">The definition (with any <c>${...}</c> placeholders already substituted).</param>
    /// <param name="roleArn">The execution role reported in <c>$$.Execution.RoleArn</c>; a placeholder role by default.</param>
    /// <param name="type">STANDARD (default) or EXPRESS.</param>
    public StateMachineDescription RegisterStateMachine(string name, StateMachine definition, string? roleArn = null, string type = "STANDARD")
    {
        ArgumentNullException.ThrowIfNull(definition);
        Names.CheckName(name, "state machine");
        if (type is not ("STANDARD" or "EXPRESS"))
            throw new ValidationException($"The state machine type '{type}' is not valid; use STANDARD or EXPRESS.");
        lock (Loop.Gate)
        {
            var arn = Arn("stateMachine", name);
            if (_machines.TryGetValue(arn, out var existing))
            {
                if (existing.Definition.Equals(definition) && existing.Type == type) return existing;
                throw new StateMachineAlreadyExistsException($"State Machine Already Exists: '{arn}'. Its definition differs; call UpdateStateMachine to change it.");
            }
            var info = new StateMachineDescription
            {
                StateMachineArn = arn,
                Name = name,
                Definition = definition,
                RoleArn = roleArn ?? $"arn:aws:iam::{Options.AccountId}:role/LocalStepFunctionsRole",
                Type = type,
                CreationDate = Now,
            };
            _machines.Add(arn, info);
            return info;
        }
    }

    /// <summary>
    /// Reads an ASL JSON definition, replaces its <c>${Key}</c> placeholders with <paramref name="substitutions"/>
    /// (as CloudFormation's DefinitionSubstitutions does), and registers it. A definition that cannot be read
    /// throws <see cref="InvalidDefinitionException"/> listing every finding with its location.
    /// </summary>
    public StateMachineDescription RegisterStateMachine(string name, string definitionJson, IReadOnlyDictionary<string, string>? substitutions = null,
        string? roleArn = null, string type = "STANDARD")
        => RegisterStateMachine(name, ReadDefinition(definitionJson, substitutions), roleArn, type);

    /// <summary>
    /// Registers a definition built in C# whose strings still hold <c>${Key}</c> placeholders, filling them from
    /// <paramref name="substitutions"/> (the definition is written, substituted and read back, as AWS does with
    /// the definition text).
    /// </summary>
    public StateMachineDescription RegisterStateMachine(string name, StateMachine definition, IReadOnlyDictionary<string, string> substitutions,
        string? roleArn = null, string type = "STANDARD")
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(substitutions);
        var substituted = substitutions.Count == 0 ? definition : ReadDefinition(Asl.Writing.AslWriter.Write(definition), substitutions);
        return RegisterStateMachine(name, substituted, roleArn, type);
    }

    /// <summary>Replaces the definition of a registered state machine; running executions keep the old one.</summary>
    public StateMachineDescription UpdateStateMachine(string stateMachineArn, StateMachine definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        lock (Loop.Gate)
        {
            var existing = FindStateMachine(stateMachineArn);
            var updated = existing with { Definition = definition };
            _machines[existing.StateMachineArn] = updated;
            return updated;
        }
    }

    /// <summary>The registered state machine with this ARN (or name); throws <see cref="StateMachineDoesNotExistException"/>.</summary>
    public StateMachineDescription DescribeStateMachine(string stateMachineArnOrName)
    {
        lock (Loop.Gate) return FindStateMachine(stateMachineArnOrName);
    }

    /// <summary>Every registered state machine, in registration order.</summary>
    public IReadOnlyList<StateMachineDescription> ListStateMachines()
    {
        lock (Loop.Gate) return _machines.Values.ToArray();
    }

    /// <summary>
    /// Binds a Lambda function to a C# handler. <paramref name="functionNameOrArn"/> may be a name
    /// (<c>MyFunction</c>), a full ARN, or a partial ARN (<c>123456789012:function:MyFunction</c>); calls by name,
    /// ARN or qualified ARN (<c>:alias</c>, <c>:1</c>) all reach the handler.
    /// </summary>
    public void RegisterLambda(string functionNameOrArn, LambdaHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var function = LambdaFunctionName.Parse(functionNameOrArn)
            ?? throw new ValidationException($"'{functionNameOrArn}' is not a Lambda function name or ARN; use a name such as MyFunction or an ARN such as arn:aws:lambda:{Options.Region}:{Options.AccountId}:function:MyFunction.");
        _lambdas[function.Name] = handler;
    }

    /// <summary>Binds a Lambda function to a synchronous C# handler.</summary>
    public void RegisterLambda(string functionNameOrArn, Func<LambdaInvocation, AslJson> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        RegisterLambda(functionNameOrArn, (invocation, _) => ValueTask.FromResult(handler(invocation)));
    }

    /// <summary>
    /// Implements a Task resource in C#: an activity ARN, a service integration
    /// (<c>arn:aws:states:::sqs:sendMessage</c>), an SDK integration (<c>arn:aws:states:::aws-sdk:s3:getObject</c>) or any
    /// other ARN. Register the ARN without an integration suffix (<c>.sync</c>, <c>.waitForTaskToken</c>) to serve every
    /// pattern, or with one to serve only that pattern.
    /// </summary>
    public void RegisterTaskHandler(string resourceArn, TaskHandler handler)
    {
        ArgumentException.ThrowIfNullOrEmpty(resourceArn);
        ArgumentNullException.ThrowIfNull(handler);
        _taskHandlers[resourceArn] = handler;
    }

    internal LambdaHandler? FindLambda(string functionName) => _lambdas.TryGetValue(functionName, out var handler) ? handler : null;

    internal TaskHandler? FindTaskHandler(string resourceArn, string resourceWithoutSuffix)
        => _taskHandlers.TryGetValue(resourceArn, out var exact) ? exact
            : _taskHandlers.TryGetValue(resourceWithoutSuffix, out var general) ? general : null;

    /// <summary>Finds a registered machine by ARN (an optional <c>#TestCase</c> suffix is ignored) or by name.</summary>
    internal StateMachineDescription FindStateMachine(string arnOrName)
    {
        if (string.IsNullOrEmpty(arnOrName))
            throw new InvalidArnException("Invalid Arn: the state machine ARN is empty.");
        var hash = arnOrName.IndexOf('#');
        var key = hash < 0 ? arnOrName : arnOrName[..hash];
        if (_machines.TryGetValue(key, out var info)) return info;
        if (!key.StartsWith("arn:", StringComparison.Ordinal) && _machines.TryGetValue(Arn("stateMachine", key), out var byName)) return byName;
        if (key.StartsWith("arn:", StringComparison.Ordinal) && !key.Contains(":stateMachine:", StringComparison.Ordinal))
            throw new InvalidArnException($"Invalid Arn: '{arnOrName}' is not a state machine ARN (arn:aws:states:<region>:<account>:stateMachine:<name>).");
        throw new StateMachineDoesNotExistException($"State Machine Does Not Exist: '{key}'");
    }

    private static StateMachine ReadDefinition(string definitionJson, IReadOnlyDictionary<string, string>? substitutions)
    {
        ArgumentNullException.ThrowIfNull(definitionJson);
        var text = substitutions is { Count: > 0 } ? Substitute(definitionJson, substitutions) : definitionJson;
        var read = AslReader.Read(text);
        if (read.Machine is not null && !read.HasErrors) return read.Machine;
        var findings = new StringBuilder();
        foreach (var diagnostic in read.Diagnostics)
        {
            if (diagnostic.Severity != AslSeverity.Error) continue;
            findings.Append(findings.Length == 0 ? "" : "; ").Append(diagnostic.Code).Append(' ').Append(diagnostic.Message);
            if (!string.IsNullOrEmpty(diagnostic.Pointer)) findings.Append(" at ").Append(diagnostic.Pointer);
        }
        throw new InvalidDefinitionException($"Invalid State Machine Definition: '{findings}'");
    }

    /// <summary>Replaces every <c>${Key}</c> whose key is given; values are escaped for a JSON string.</summary>
    internal static string Substitute(string text, IReadOnlyDictionary<string, string> substitutions)
    {
        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var start = text.IndexOf("${", i, StringComparison.Ordinal);
            if (start < 0) break;
            var end = text.IndexOf('}', start + 2);
            if (end < 0) break;
            result.Append(text, i, start - i);
            var key = text.Substring(start + 2, end - start - 2);
            if (substitutions.TryGetValue(key, out var value))
                result.Append(value.Replace("\\", "\\\\").Replace("\"", "\\\""));
            else
                result.Append(text, start, end - start + 1);
            i = end + 1;
        }
        result.Append(text, i, text.Length - i);
        return result.ToString();
    }
}
