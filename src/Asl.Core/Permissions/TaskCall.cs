using System;
using System.Collections.Generic;
using System.Linq;
using Asl.Model;

namespace Asl.Permissions;

/// <summary>
/// A Task state's call of an AWS service, as the rules see it: the integration (service, API and pattern), the
/// arguments, and helpers that grant and note on the derivation.
/// </summary>
internal sealed class TaskCall
{
    private readonly Derivation _derivation;
    private readonly StateSite _site;

    public TaskCall(Derivation derivation, StateSite site, TaskState task, string service, string api, string pattern)
    {
        _derivation = derivation;
        _site = site;
        Resource = task.Resource;
        Service = service;
        Api = api;
        Pattern = pattern;
        // A JSONata state passes Arguments, a JSONPath state Parameters; whichever the state has is what it calls with
        // (a definition with the other one is invalid, and still deserves the statements it would need).
        var jsonAta = site.IsJsonAta ? task.Arguments is not null || task.Parameters is null : task.Parameters is null && task.Arguments is not null;
        var field = jsonAta ? "Arguments" : "Parameters";
        Arguments = FieldValue.Root(jsonAta ? task.Arguments : task.Parameters, field, site.Field(field), jsonAta);
    }

    /// <summary>The state's name.</summary>
    public string State => _site.Name;

    /// <summary>The Task's Resource.</summary>
    public string Resource { get; }

    /// <summary>The service of <c>arn:aws:states:::SERVICE:API</c> (<c>aws-sdk</c> for SDK integrations).</summary>
    public string Service { get; }

    /// <summary>The API (for <c>aws-sdk</c>: <c>service:action</c>).</summary>
    public string Api { get; }

    /// <summary>"", ".sync", ".sync:2" or ".waitForTaskToken".</summary>
    public string Pattern { get; }

    /// <summary>True for the Run a Job patterns, which also track (and may stop) what they started.</summary>
    public bool RunsJob => Pattern is ".sync" or ".sync:2";

    /// <summary>The Parameters or Arguments.</summary>
    public FieldValue Arguments { get; }

    /// <summary>A field of the arguments, by path.</summary>
    public FieldValue Field(params string[] path) => Arguments.Path(path);

    public void Grant(string sid, IReadOnlyList<string> actions, params ArnPattern[] resources) => _derivation.Grant(sid, actions, resources);

    public void Grant(string sid, IReadOnlyList<string> actions, IEnumerable<ArnPattern> resources, params GrantCondition[] conditions) =>
        _derivation.Grant(sid, actions, resources, conditions);

    /// <summary>
    /// The resource a field names: its literal (through <paramref name="literal"/>) or, when the field is decided at
    /// run time or absent, <paramref name="wildcard"/>, explained in the template and noted as ASL0902.
    /// </summary>
    public ArnPattern Target(FieldValue field, Func<string, ArnPattern> literal, ArnPattern wildcard, IReadOnlyList<string> actions)
    {
        if (field.IsText) return literal(field.Text);
        var reason = field.IsDynamic ? field.Text : $"names no {field.Name}";
        return Wide(field.Pointer, reason, wildcard, actions);
    }

    /// <summary>A wildcard for <paramref name="actions"/>, with <paramref name="reason"/> (what the state does) in the template and an ASL0902 note.</summary>
    public ArnPattern Wide(string pointer, string reason, ArnPattern wildcard, IReadOnlyList<string> actions)
    {
        _derivation.Note(PermissionNoteKind.Broadened, State, pointer,
            $"State '{State}' {reason}, so the template grants {string.Join(", ", actions)} on {wildcard}. "
            + "Name the resource in the definition (a literal, or a ${Placeholder} the template fills) to grant that resource only.");
        return wildcard.Because($"state '{State}' {reason}");
    }

    /// <summary>An ARN field as a resource: ARNs and placeholders as they are, anything else noted as ASL0903 (IAM takes only ARNs).</summary>
    public ArnPattern? ArnTarget(FieldValue field, ArnPattern wildcard, IReadOnlyList<string> actions)
    {
        if (field.IsText && !Arns.IsArnOrTemplate(field.Text))
        {
            NotGranted(field.Pointer, $"names the {field.Name} '{field.Text}', which is no ARN, so no IAM statement can name it (and Step Functions will reject the call). Write the full ARN, or a ${{Placeholder}} the template fills");
            return null;
        }
        return Target(field, ArnPattern.Text, wildcard, actions);
    }

    /// <summary>An ASL0903 note: what the state needs that the template does not grant.</summary>
    public void NotGranted(string pointer, string what) =>
        _derivation.Note(PermissionNoteKind.NotGranted, State, pointer, $"State '{State}' {what}.");

    /// <summary>The JSON pointer of the state.</summary>
    public string Pointer => _site.Pointer;

    /// <summary>
    /// Permission to create and read the EventBridge managed rule through which Step Functions learns that a job it
    /// started (.sync) finished.
    /// </summary>
    public void ManagedRule(string ruleName, string sid = "ReceiveJobCompletion") =>
        Grant(sid, Actions("events:PutTargets", "events:PutRule", "events:DescribeRule"), ArnPattern.InStack("events", "rule/" + ruleName));

    /// <summary>
    /// <c>iam:PassRole</c> on the role a field names (an ARN, a placeholder, or a role name in the stack's account),
    /// to <paramref name="servicePrincipal"/> only when one is given.
    /// </summary>
    public void PassRole(FieldValue role, string? servicePrincipal, string sid = "PassRoles")
    {
        if (role.IsMissing) return;
        var actions = Actions("iam:PassRole");
        var conditions = servicePrincipal is null ? new GrantCondition[0] : new[] { GrantCondition.PassedTo(servicePrincipal) };
        var target = role.IsText && !Arns.IsArnOrTemplate(role.Text)
            ? ArnPattern.InAccount("iam", "role/" + role.Text)
            : Target(role, ArnPattern.Text, ArnPattern.InAccount("iam", "role/*"), actions);
        Grant(sid, actions, new[] { target }, conditions);
    }

    public static string[] Actions(params string[] actions) => actions;
}
