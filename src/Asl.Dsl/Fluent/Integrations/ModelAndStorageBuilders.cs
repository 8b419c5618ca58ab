using System.Collections.Generic;

namespace Asl;

/// <summary>
/// Invokes an Amazon Bedrock model (<c>arn:aws:states:::bedrock:invokeModel</c>). The template grants
/// <c>bedrock:InvokeModel</c> on the model (a foundation model ID, or the ARN of a custom model or inference profile), and
/// S3 access to the input and output objects when the request names them.
/// </summary>
public sealed class BedrockInvokeModelBuilder : ServiceTaskBuilder<BedrockInvokeModelBuilder>
{
    private static readonly string[] Order = ["ModelId", "Body", "ContentType", "Accept", "Input", "Output", "GuardrailIdentifier", "GuardrailVersion", "Trace"];

    internal BedrockInvokeModelBuilder(string name, string modelId) : base(name) => Member("ModelId", modelId, nameof(modelId));

    /// <summary>The request body in the model's own format (an object; may hold dynamic values).</summary>
    public BedrockInvokeModelBuilder Body(object body) => Member("Body", body, nameof(body));

    /// <summary>The body's MIME type (default <c>application/json</c>).</summary>
    public BedrockInvokeModelBuilder ContentType(string contentType) => Member("ContentType", contentType, nameof(contentType));

    /// <summary>The MIME type of the answer (default <c>application/json</c>).</summary>
    public BedrockInvokeModelBuilder Accept(string accept) => Member("Accept", accept, nameof(accept));

    /// <summary>Reads the request body from this S3 object (<c>s3://bucket/key</c>) instead of <see cref="Body"/>.</summary>
    public BedrockInvokeModelBuilder InputFromS3(string s3Uri) => Member("Input", new Dictionary<string, object> { ["S3Uri"] = s3Uri }, nameof(s3Uri));

    /// <summary>Writes the answer to this S3 location (<c>s3://bucket/prefix</c>) instead of the state's result.</summary>
    public BedrockInvokeModelBuilder OutputToS3(string s3Uri) => Member("Output", new Dictionary<string, object> { ["S3Uri"] = s3Uri }, nameof(s3Uri));

    /// <summary>Applies a guardrail (its ID or ARN, and version).</summary>
    public BedrockInvokeModelBuilder Guardrail(string identifier, string version)
    {
        Member("GuardrailIdentifier", identifier, nameof(identifier));
        return Member("GuardrailVersion", version, nameof(version));
    }

    /// <inheritdoc />
    protected override string BaseResource => "arn:aws:states:::bedrock:invokeModel";

    /// <inheritdoc />
    protected override IReadOnlyList<string> MemberOrder => Order;

    /// <inheritdoc />
    protected override string IntegrationName => "BedrockInvokeModel";
}

/// <summary>
/// Reads an object from Amazon S3 through the SDK integration (<c>arn:aws:states:::aws-sdk:s3:getObject</c>); the result's
/// <c>Body</c> is the object's content as text. The template grants <c>s3:GetObject</c> on that object.
/// </summary>
public sealed class S3GetObjectBuilder : ServiceTaskBuilder<S3GetObjectBuilder>
{
    private static readonly string[] Order = ["Bucket", "Key", "VersionId", "Range"];

    internal S3GetObjectBuilder(string name, string bucket, string key) : base(name)
    {
        Member("Bucket", bucket, nameof(bucket));
        Member("Key", key, nameof(key));
    }

    /// <summary>Reads this version of the object.</summary>
    public S3GetObjectBuilder VersionId(string versionId) => Member("VersionId", versionId, nameof(versionId));

    /// <summary>Reads only these bytes, for example <c>bytes=0-1023</c>.</summary>
    public S3GetObjectBuilder Range(string range) => Member("Range", range, nameof(range));

    /// <inheritdoc />
    protected override string BaseResource => "arn:aws:states:::aws-sdk:s3:getObject";

    /// <inheritdoc />
    protected override IReadOnlyList<string> MemberOrder => Order;

    /// <inheritdoc />
    protected override string IntegrationName => "S3GetObject";
}

/// <summary>
/// Writes an object to Amazon S3 through the SDK integration (<c>arn:aws:states:::aws-sdk:s3:putObject</c>). The template
/// grants <c>s3:PutObject</c> on that object.
/// </summary>
public sealed class S3PutObjectBuilder : ServiceTaskBuilder<S3PutObjectBuilder>
{
    private static readonly string[] Order = ["Bucket", "Key", "Body", "ContentType", "ServerSideEncryption", "SSEKMSKeyId"];

    internal S3PutObjectBuilder(string name, string bucket, string key) : base(name)
    {
        Member("Bucket", bucket, nameof(bucket));
        Member("Key", key, nameof(key));
    }

    /// <summary>The content: text, or an object (written as JSON text); either may hold dynamic values.</summary>
    public S3PutObjectBuilder Body(object body) => Member("Body", body, nameof(body));

    /// <summary>The object's MIME type, for example <c>application/json</c>.</summary>
    public S3PutObjectBuilder ContentType(string contentType) => Member("ContentType", contentType, nameof(contentType));

    /// <summary>Encrypts the object with this KMS key (<c>aws:kms</c>).</summary>
    public S3PutObjectBuilder KmsKey(string keyId)
    {
        Member("ServerSideEncryption", "aws:kms", null);
        return Member("SSEKMSKeyId", keyId, nameof(keyId));
    }

    /// <inheritdoc />
    protected override string BaseResource => "arn:aws:states:::aws-sdk:s3:putObject";

    /// <inheritdoc />
    protected override IReadOnlyList<string> MemberOrder => Order;

    /// <inheritdoc />
    protected override string IntegrationName => "S3PutObject";
}

/// <summary>
/// Hands work to an activity worker (the Task's resource is the activity's ARN or <c>${Placeholder}</c>): the worker polls
/// GetActivityTask, receives <see cref="Input"/> (the state input when not given) and answers with SendTaskSuccess or
/// SendTaskFailure, sending heartbeats when <c>.HeartbeatSeconds(...)</c> is set. The state machine's role needs no permission.
/// </summary>
public sealed class ActivityTaskBuilder : TaskBuilder<ActivityTaskBuilder>
{
    private readonly string _activityArn;
    private Template? _input;
    private object? _inputOrigin;

    internal ActivityTaskBuilder(string name, string activityArn) : base(name) =>
        _activityArn = FixedText.Check(activityArn, "An activity ARN");

    /// <summary>What the worker receives: an object (members may hold dynamic values).</summary>
    public ActivityTaskBuilder Input(object input)
    {
        _input = Template.Capture(input);
        _inputOrigin = BuilderOrigin.For(nameof(input));
        return this;
    }

    /// <inheritdoc />
    protected override string Resource => _activityArn;

    /// <inheritdoc />
    protected override string IntegrationName => "ActivityTask";

    /// <inheritdoc />
    protected override void WriteRequest(IntegrationRequest request)
    {
        if (_input is not null) request.AddMembers(_input, _inputOrigin, ".Input(...)");
    }
}
