namespace Asl;

public static partial class States
{
    /// <summary>A Task that publishes to an Amazon SNS topic (ARN or <c>${Placeholder}</c>).</summary>
    public static SnsPublishBuilder SnsPublish(string name, string topicArn) => new(name, topicArn);

    /// <summary>A Task that sends a message to an Amazon SQS queue (its URL or <c>${Placeholder}</c>).</summary>
    public static SqsSendMessageBuilder SqsSendMessage(string name, string queueUrl) => new(name, queueUrl);

    /// <summary>A Task that reads one DynamoDB item (table name, ARN or <c>${Placeholder}</c>).</summary>
    public static DynamoGetItemBuilder DynamoGetItem(string name, string tableName) => new(name, tableName);

    /// <summary>A Task that writes one DynamoDB item.</summary>
    public static DynamoPutItemBuilder DynamoPutItem(string name, string tableName) => new(name, tableName);

    /// <summary>A Task that updates one DynamoDB item.</summary>
    public static DynamoUpdateItemBuilder DynamoUpdateItem(string name, string tableName) => new(name, tableName);

    /// <summary>A Task that deletes one DynamoDB item.</summary>
    public static DynamoDeleteItemBuilder DynamoDeleteItem(string name, string tableName) => new(name, tableName);

    /// <summary>A Task that sends events to Amazon EventBridge; add them with <c>.Entry(...)</c>.</summary>
    public static EventBridgePutEventsBuilder EventBridgePutEvents(string name) => new(name);

    /// <summary>A Task that runs an Amazon ECS task (cluster and task definition: names, ARNs or <c>${Placeholder}</c>).</summary>
    public static EcsRunTaskBuilder EcsRunTask(string name, string cluster, string taskDefinition) => new(name, cluster, taskDefinition);

    /// <summary>A Task that submits an AWS Batch job.</summary>
    public static BatchSubmitJobBuilder BatchSubmitJob(string name, string jobName, string jobQueue, string jobDefinition) =>
        new(name, jobName, jobQueue, jobDefinition);

    /// <summary>A Task that starts an AWS Glue job run.</summary>
    public static GlueStartJobRunBuilder GlueStartJobRun(string name, string jobName) => new(name, jobName);

    /// <summary>A Task that starts an Amazon Athena query.</summary>
    public static AthenaStartQueryExecutionBuilder AthenaStartQueryExecution(string name, string queryString) => new(name, queryString);

    /// <summary>A Task that starts an AWS CodeBuild build of the project.</summary>
    public static CodeBuildStartBuildBuilder CodeBuildStartBuild(string name, string projectName) => new(name, projectName);

    /// <summary>A Task that calls an Amazon API Gateway REST API (<c>ID.execute-api.REGION.amazonaws.com</c>).</summary>
    public static ApiGatewayInvokeBuilder ApiGatewayInvoke(string name, string apiEndpoint, HttpVerb method) => new(name, apiEndpoint, method);

    /// <summary>A Task that calls an HTTPS API with the credentials of an EventBridge connection (its ARN or <c>${Placeholder}</c>).</summary>
    public static HttpInvokeBuilder HttpInvoke(string name, string apiEndpoint, HttpVerb method, string connectionArn) =>
        new(name, apiEndpoint, method, connectionArn);

    /// <summary>A Task that invokes an Amazon Bedrock model (a foundation model ID, or a model or inference profile ARN).</summary>
    public static BedrockInvokeModelBuilder BedrockInvokeModel(string name, string modelId) => new(name, modelId);

    /// <summary>A Task that reads an S3 object (SDK integration <c>s3:getObject</c>).</summary>
    public static S3GetObjectBuilder S3GetObject(string name, string bucket, string key) => new(name, bucket, key);

    /// <summary>A Task that writes an S3 object (SDK integration <c>s3:putObject</c>).</summary>
    public static S3PutObjectBuilder S3PutObject(string name, string bucket, string key) => new(name, bucket, key);

    /// <summary>A Task that hands work to an activity worker (activity ARN or <c>${Placeholder}</c>).</summary>
    public static ActivityTaskBuilder Activity(string name, string activityArn) => new(name, activityArn);
}
