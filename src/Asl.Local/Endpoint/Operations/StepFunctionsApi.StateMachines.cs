using System.Text.Json;
using Asl.Local.Execution;

namespace Asl.Local.Endpoint.Operations;

// CreateStateMachine, DescribeStateMachine, ListStateMachines, UpdateStateMachine, DeleteStateMachine,
// DescribeStateMachineForExecution.
internal sealed partial class StepFunctionsApi
{
    private const int MaxDefinitionLength = 1048576;

    private byte[] CreateStateMachine(ApiRequest request, CancellationToken cancellation)
    {
        var name = request.String("name", 80, required: true);
        var definition = request.String("definition", MaxDefinitionLength, required: true, sensitive: true);
        var roleArn = request.String("roleArn", 256, required: true);
        var type = request.Enum("type", "STANDARD", "EXPRESS") ?? "STANDARD";
        var logging = request.Structure("loggingConfiguration");
        var tracing = request.Structure("tracingConfiguration");
        var encryption = request.Structure("encryptionConfiguration");
        request.List("tags");
        var publish = request.Boolean("publish");
        request.String("versionDescription", 256, minLength: 0, sensitive: true);
        request.ThrowIfInvalid();

        RejectPublish(publish);
        Names.CheckName(name, "state machine");
        CheckRoleArn(roleArn!);
        var model = DefinitionCheck.ReadValid(definition!, type, cancellation);
        var machine = Engine.RegisterStateMachine(name!, model, roleArn, type);
        // An identical create returns the existing machine (AWS makes CreateStateMachine idempotent); keep its record.
        if (ReferenceEquals(machine.Definition, model))
        {
            Records.Remember(model, definition!, machine.CreationDate);
            Records.Set(machine.StateMachineArn, new MachineRecord(
                logging?.GetRawText() ?? MachineRecords.DefaultLogging,
                tracing?.GetRawText() ?? MachineRecords.DefaultTracing,
                encryption?.GetRawText(),
                null,
                machine.CreationDate));
        }

        return ResponseJson.Object(w =>
        {
            w.WriteString("stateMachineArn", machine.StateMachineArn);
            w.WriteTimestamp("creationDate", machine.CreationDate);
        });
    }

    private byte[] DescribeStateMachine(ApiRequest request)
    {
        var arn = request.String("stateMachineArn", 256, required: true);
        request.Enum("includedData", "ALL_DATA", "METADATA_ONLY");
        request.ThrowIfInvalid();

        ApiArns.RequireStateMachine(arn!);
        var machine = Engine.DescribeStateMachine(arn!);
        var record = Records.Get(machine);
        return ResponseJson.Object(w =>
        {
            w.WriteString("stateMachineArn", machine.StateMachineArn);
            w.WriteString("name", machine.Name);
            w.WriteString("status", "ACTIVE");
            w.WriteString("definition", Records.DefinitionText(machine.Definition));
            w.WriteString("roleArn", machine.RoleArn);
            w.WriteString("type", machine.Type);
            w.WriteTimestamp("creationDate", machine.CreationDate);
            WriteConfiguration(w, record);
            w.WriteOptional("revisionId", record.RevisionId);
        });
    }

    private byte[] ListStateMachines(ApiRequest request)
    {
        var maxResults = request.Integer("maxResults", 0, 1000);
        var nextToken = request.String("nextToken", 1024);
        request.ThrowIfInvalid();

        var (page, next) = Paging.Take(Engine.ListStateMachines(), m => m.StateMachineArn, "ListStateMachines", nextToken, maxResults);
        return ResponseJson.Object(w =>
        {
            w.WriteStartArray("stateMachines");
            foreach (var machine in page)
            {
                w.WriteStartObject();
                w.WriteString("stateMachineArn", machine.StateMachineArn);
                w.WriteString("name", machine.Name);
                w.WriteString("type", machine.Type);
                w.WriteTimestamp("creationDate", machine.CreationDate);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteOptional("nextToken", next);
        });
    }

    private byte[] UpdateStateMachine(ApiRequest request, CancellationToken cancellation)
    {
        var arn = request.String("stateMachineArn", 256, required: true);
        var definition = request.String("definition", MaxDefinitionLength, sensitive: true);
        var roleArn = request.String("roleArn", 256);
        var logging = request.Structure("loggingConfiguration");
        var tracing = request.Structure("tracingConfiguration");
        var encryption = request.Structure("encryptionConfiguration");
        var publish = request.Boolean("publish");
        request.String("versionDescription", 256, minLength: 0, sensitive: true);
        request.ThrowIfInvalid();

        if (definition is null && roleArn is null && logging is null && tracing is null && encryption is null)
            throw new MissingRequiredParameterException(
                "Either the definition, the role ARN, the LoggingConfiguration, the EncryptionConfiguration or the TracingConfiguration must be specified");
        RejectPublish(publish);
        ApiArns.RequireStateMachine(arn!);
        var existing = Engine.DescribeStateMachine(arn!);
        if (roleArn is not null) CheckRoleArn(roleArn);
        var model = definition is null ? null : DefinitionCheck.ReadValid(definition, existing.Type, cancellation);

        var updated = Engine.ReconfigureStateMachine(existing.StateMachineArn, model, roleArn);
        var now = Engine.Now;
        if (model is not null) Records.Remember(model, definition!, now);
        var previous = Records.Get(existing);
        var record = new MachineRecord(
            logging?.GetRawText() ?? previous.LoggingConfiguration,
            tracing?.GetRawText() ?? previous.TracingConfiguration,
            encryption?.GetRawText() ?? previous.EncryptionConfiguration,
            Guid.NewGuid().ToString(),
            now);
        Records.Set(updated.StateMachineArn, record);

        return ResponseJson.Object(w =>
        {
            w.WriteTimestamp("updateDate", record.UpdateDate);
            w.WriteString("revisionId", record.RevisionId);
        });
    }

    private byte[] DeleteStateMachine(ApiRequest request)
    {
        var arn = request.String("stateMachineArn", 256, required: true);
        request.ThrowIfInvalid();

        ApiArns.RequireStateMachine(arn!);
        Engine.DeleteStateMachine(arn!);
        Records.Remove(arn!);
        return ResponseJson.Empty();
    }

    private byte[] DescribeStateMachineForExecution(ApiRequest request)
    {
        var arn = request.String("executionArn", 256, required: true);
        request.Enum("includedData", "ALL_DATA", "METADATA_ONLY");
        request.ThrowIfInvalid();

        ApiArns.RequireExecution(arn!);
        var machine = Engine.DescribeStateMachineForExecution(arn!);
        var record = Records.Get(machine);
        return ResponseJson.Object(w =>
        {
            w.WriteString("stateMachineArn", machine.StateMachineArn);
            w.WriteString("name", machine.Name);
            w.WriteString("definition", Records.DefinitionText(machine.Definition));
            w.WriteString("roleArn", machine.RoleArn);
            w.WriteTimestamp("updateDate", Records.DefinitionDate(machine.Definition, machine.CreationDate));
            WriteConfiguration(w, record);
        });
    }

    private static void WriteConfiguration(Utf8JsonWriter w, MachineRecord record)
    {
        w.WriteStructure("loggingConfiguration", record.LoggingConfiguration);
        w.WriteStructure("tracingConfiguration", record.TracingConfiguration);
        if (record.EncryptionConfiguration is { } encryption) w.WriteStructure("encryptionConfiguration", encryption);
    }

    private static void RejectPublish(bool? publish)
    {
        if (publish == true)
            throw new ValidationException("asl serve does not keep state machine versions or aliases; send the request without publish (or with publish false).");
    }

    /// <summary>The role is only reported back (in <c>$$.Execution.RoleArn</c>), but it must look like an IAM role ARN, as AWS requires.</summary>
    private static void CheckRoleArn(string roleArn)
    {
        var parts = roleArn.Split(':', 6);
        if (parts.Length < 6 || parts[0] != "arn" || parts[1].Length == 0)
            throw new InvalidArnException($"Invalid Arn: 'Invalid ARN prefix: {roleArn}'. The role ARN has the form arn:aws:iam::123456789012:role/RoleName.");
        if (parts[2] != "iam" || !parts[5].StartsWith("role/", StringComparison.Ordinal))
            throw new InvalidArnException($"Invalid Arn: '{roleArn}' is not an IAM role ARN (arn:aws:iam::123456789012:role/RoleName).");
    }
}
