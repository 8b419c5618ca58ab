using Asl.Diagnostics;
using Asl.Json;
using Asl.Model;

namespace Asl.Validation;

// E10, E12–E15, E17, E20, N02 and N05: a Task's resource, timeouts and credentials.
internal sealed partial class StructureRules
{
    private static void CheckTask(ValidationContext context, StateSite site, TaskState task, ExecutionKind execution)
    {
        CheckResource(context, site, task, execution);
        CheckTimeouts(context, site, task, execution);
        CheckCredentials(context, site, task.Credentials);
    }

    /// <summary>
    /// E10, N02 and E20. A JSONata Resource is E11's finding (LanguageRules), and an empty one is how the model
    /// holds a missing or non-string Resource, which the reader reports; both are left alone here.
    /// </summary>
    private static void CheckResource(ValidationContext context, StateSite site, TaskState task, ExecutionKind execution)
    {
        var resource = task.Resource;
        if (string.IsNullOrEmpty(resource) || Values.IsJsonAta(resource)) return;

        var pointer = LazyPointer.Child(LazyPointer.To(site), "Resource");
        var arn = context.Parsed.Arn(resource);
        if (arn.Kind == ResourceKind.Invalid)
        {
            context.Report(AslRules.InvalidResource, pointer, site.Name, Printable(resource), arn.Problem);
            return;
        }

        if (arn.ActivityName is { } activity && ActivityNameProblem(activity) is { } problem)
            context.Report(AslRules.InvalidActivityName, pointer, site.Name, Printable(activity), problem);

        if (!execution.IsExpress) return;
        if (arn.Kind == ResourceKind.Activity)
            context.Report(AslRules.ExpressUnsupportedResource, pointer, site.Name, resource, execution.Description, "activities",
                "Replace the activity with a service integration or a Lambda function, or run this work in a STANDARD execution.");
        else if (arn.Pattern is ResourcePattern.Sync or ResourcePattern.Sync2)
            context.Report(AslRules.ExpressUnsupportedResource, pointer, site.Name, resource, execution.Description, "the \".sync\" (run a job) integration pattern",
                "Call the API without \".sync\" and check for completion in later states, or run this work in a STANDARD execution.");
        else if (arn.Pattern == ResourcePattern.WaitForTaskToken)
            context.Report(AslRules.ExpressUnsupportedResource, pointer, site.Name, resource, execution.Description, "the \".waitForTaskToken\" (callback) integration pattern",
                "Call the API without \".waitForTaskToken\", or run this work in a STANDARD execution.");
    }

    /// <summary>N02: why an activity name is not one AWS allows, or null when it is fine.</summary>
    private static string? ActivityNameProblem(string name)
    {
        var length = CodePointCount(name);
        if (length > MaxStateNameLength) return $"is {length} characters long";
        foreach (var c in name)
        {
            if (IsControl(c)) return $"contains the control character U+{(int)c:X4}";
            if (char.IsWhiteSpace(c)) return "contains white space";
            if ("?*<>{}[]\"#%\\^|~`$&,;:/".IndexOf(c) >= 0) return $"contains the character '{c}'";
        }
        return null;
    }

    /// <summary>E12–E15 and N05.</summary>
    private static void CheckTimeouts(ValidationContext context, StateSite site, TaskState task, ExecutionKind execution)
    {
        var timeout = IntegerLiteral.Read(task.TimeoutSeconds, site);
        var heartbeat = IntegerLiteral.Read(task.HeartbeatSeconds, site);

        if (timeout.IsWrong(1, MaxTimeoutSeconds))
            context.Report(AslRules.InvalidTaskTimeout, site.FieldPointer("TimeoutSeconds"), site.Name, IntegerLiteral.Describe(task.TimeoutSeconds));
        if (heartbeat.IsWrong(1, MaxTimeoutSeconds))
            context.Report(AslRules.InvalidHeartbeat, site.FieldPointer("HeartbeatSeconds"), site.Name, IntegerLiteral.Describe(task.HeartbeatSeconds));

        if (task.TimeoutSeconds is not null && task.TimeoutSecondsPath is not null)
            context.Report(AslRules.TimeoutSetTwice, site.FieldPointer("TimeoutSecondsPath"), site.Name, "TimeoutSeconds");
        if (task.HeartbeatSeconds is not null && task.HeartbeatSecondsPath is not null)
            context.Report(AslRules.TimeoutSetTwice, site.FieldPointer("HeartbeatSecondsPath"), site.Name, "HeartbeatSeconds");

        if (timeout.IsIntegerIn(1, MaxTimeoutSeconds) && heartbeat.IsIntegerIn(1, MaxTimeoutSeconds) && heartbeat.Value >= timeout.Value)
            context.Report(AslRules.HeartbeatNotBelowTimeout, site.FieldPointer("HeartbeatSeconds"), site.Name, heartbeat.Value, timeout.Value);

        if (execution.IsExpress && timeout.IsIntegerIn(MaxExpressSeconds + 1, MaxTimeoutSeconds))
            context.Report(AslRules.TimeoutBeyondExpressLimit, site.FieldPointer("TimeoutSeconds"), $"\"TimeoutSeconds\" of state \"{site.Name}\"",
                timeout.Value, execution.Description);
    }

    /// <summary>E17: an object naming the role to assume. Placeholders and JSONata strings are left to later stages.</summary>
    private static void CheckCredentials(ValidationContext context, StateSite site, AslJson? credentials)
    {
        if (credentials is null || Values.IsPlaceholder(credentials) || Values.IsJsonAta(credentials)) return;
        var pointer = site.FieldPointer("Credentials");
        if (credentials is not AslJsonObject credentialsObject)
        {
            context.Report(AslRules.CredentialsNotObject, pointer, site.Name, IntegerLiteral.Describe(credentials));
            return;
        }

        if (credentialsObject["RoleArn"] is not null) return;
        var hasPathForm = credentialsObject["RoleArn.$"] is not null;
        if (site.IsJsonAta)
            context.Report(AslRules.CredentialsWithoutRoleArn, pointer, site.Name,
                hasPathForm ? " (JSONata states do not evaluate \"RoleArn.$\")" : "", ", or a JSONata expression that computes it");
        else if (!hasPathForm)
            context.Report(AslRules.CredentialsWithoutRoleArn, pointer, site.Name, "", ", or \"RoleArn.$\" with a path that selects it");
    }
}
