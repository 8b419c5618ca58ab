using Asl.Collections;
using Asl.Json;
using Asl.Model;

namespace Asl.Core.Tests.Generators;

internal sealed partial class MachineBuilder
{
    // Request-response resources work everywhere, including in Express child workflows.
    private static readonly string[] RequestResponse =
    [
        "arn:aws:states:::lambda:invoke", "arn:aws:lambda:us-east-1:123456789012:function:process-order:live",
        "arn:aws:lambda:eu-west-1:123456789012:function:resize:7", "arn:aws:states:::sns:publish",
        "arn:aws:states:::dynamodb:putItem", "arn:aws:states:::aws-sdk:s3:listObjectsV2", "arn:aws:states:::events:putEvents",
        "arn:aws:states:::http:invoke", "arn:aws:states:::sqs:sendMessage", "${ProcessFunctionArn}",
        "arn:aws-us-gov:states:::lambda:invoke", "arn:aws:states:::states:startExecution",
    ];

    private static readonly string[] RunToCompletion =
    [
        "arn:aws:states:::states:startExecution.sync:2", "arn:aws:states:::states:startExecution.sync",
        "arn:aws:states:::glue:startJobRun.sync", "arn:aws:states:::ecs:runTask.sync", "arn:aws:states:::athena:startQueryExecution.sync",
    ];

    private static readonly string[] Callback =
    [
        "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "arn:aws:states:::lambda:invoke.waitForTaskToken",
        "arn:aws:states:::states:startExecution.waitForTaskToken",
    ];

    private const string Activity = "arn:aws:states:us-east-1:123456789012:activity:manual-review";

    private TaskState Task(string? language, ContainerScope scope, string? next, TargetPicker targets)
    {
        var resource = scope.InDistributedMap
            ? _draw.Pick(RequestResponse)
            : _draw.Int(0, 9) switch
            {
                0 or 1 => _draw.Pick(RunToCompletion),
                2 => _draw.Pick(Callback),
                3 => Activity,
                _ => _draw.Pick(RequestResponse),
            };
        var waitsForToken = resource.EndsWith(".waitForTaskToken", StringComparison.Ordinal);
        var canHeartbeat = waitsForToken || resource == Activity;
        var state = new TaskState(resource) { QueryLanguage = language, Comment = OptionalComment(), Next = next, End = next is null };

        var jsonAta = IsJsonAta(language);
        state = jsonAta ? AtaTaskData(state, scope, waitsForToken) : PathTaskData(state, scope, waitsForToken);
        state = Timeouts(state, jsonAta, scope, canHeartbeat);
        var source = new ErrorSource(HasHeartbeat: state.HeartbeatSeconds is not null || state.HeartbeatSecondsPath is not null);
        return state with
        {
            Retry = _errors.Retriers(source),
            Catch = Catchers(jsonAta, scope, source, targets),
        };
    }

    private TaskState PathTaskData(TaskState state, ContainerScope scope, bool waitsForToken)
    {
        var paths = PathScopeOf(scope);
        AslJsonObject? parameters = _draw.Chance(70) || waitsForToken ? _paths.Template(paths) : null;
        if (waitsForToken)
            parameters = new AslJsonObject(parameters!.Properties.Append(new AslJsonProperty("TaskToken.$", AslJson.Of("$$.Task.Token"))).ToEquatableArray());
        return state with
        {
            Parameters = parameters,
            InputPath = OptionalPath(15),
            ResultSelector = _draw.Chance(30) ? _paths.Template(paths with { Variables = [] }) : null,
            ResultPath = OptionalResultPath(40),
            OutputPath = OptionalPath(15),
            Assign = OptionalPathAssign(scope),
            Credentials = _draw.Int(0, 9) switch
            {
                0 => Object(("RoleArn", AslJson.Of("arn:aws:iam::111122223333:role/CrossAccount"))),
                1 => Object(("RoleArn.$", AslJson.Of(_draw.Chance(50) ? _paths.FieldPath() : "States.Format('arn:aws:iam::{}:role/Deployer', $.accountId)"))),
                _ => null,
            },
        };
    }

    private TaskState AtaTaskData(TaskState state, ContainerScope scope, bool waitsForToken)
    {
        var ata = AtaScopeOf(scope);
        AslJson? arguments = _draw.Int(0, 3) switch
        {
            0 => AslJson.Of(_ata.Expression(ata)),
            1 => null,
            _ => _ata.Object(ata),
        };
        if (waitsForToken)
        {
            var members = arguments is AslJsonObject o ? o.Properties : default;
            arguments = new AslJsonObject(members.Append(new AslJsonProperty("TaskToken", AslJson.Of("{% $states.context.Task.Token %}"))).ToEquatableArray());
        }
        var result = ata with { Result = true };
        return state with
        {
            Arguments = arguments,
            Output = OptionalAtaOutput(result, 40),
            Assign = OptionalAtaAssign(result),
            Credentials = _draw.Int(0, 9) switch
            {
                0 => Object(("RoleArn", AslJson.Of("arn:aws:iam::111122223333:role/CrossAccount"))),
                1 => Object(("RoleArn", AslJson.Of("{% 'arn:aws:iam::' & $states.input.accountId & ':role/Deployer' %}"))),
                _ => null,
            },
        };
    }

    /// <summary>TimeoutSeconds and HeartbeatSeconds (or their paths), with the heartbeat below a literal timeout.</summary>
    private TaskState Timeouts(TaskState state, bool jsonAta, ContainerScope scope, bool canHeartbeat)
    {
        long? timeout = null;
        switch (_draw.Int(0, 5))
        {
            case 0:
                timeout = _draw.Int(2, 86_400);
                state = state with { TimeoutSeconds = AslJson.Of(timeout.Value) };
                break;
            case 1:
                state = jsonAta
                    ? state with { TimeoutSeconds = AslJson.Of(_ata.NumberExpression(AtaScopeOf(scope))) }
                    : state with { TimeoutSecondsPath = _paths.FieldPath() };
                break;
            case 2:
                state = state with { TimeoutSeconds = AslJson.Of("${TaskTimeoutSeconds}") };
                break;
        }
        if (!canHeartbeat || _draw.Chance(40)) return state;
        if (timeout is { } limit) return state with { HeartbeatSeconds = AslJson.Of(_draw.Int(1, (int)limit - 1)) };
        if (!jsonAta && _draw.Chance(50)) return state with { HeartbeatSecondsPath = _paths.FieldPath() };
        return state with { HeartbeatSeconds = AslJson.Of(_draw.Int(1, 3_600)) };
    }

    private static AslJsonObject Object(params (string Name, AslJson Value)[] members) =>
        new(members.Select(m => new AslJsonProperty(m.Name, m.Value)).ToEquatableArray());
}
