using Asl.Json;
using Asl.Local.Errors;
using Asl.Local.Json;
using Asl.Local.Tasks;

namespace Asl.Local.S3;

/// <summary>
/// <c>arn:aws:states:::aws-sdk:s3:getObject</c>, <c>putObject</c>, <c>headObject</c>, <c>deleteObject</c> and
/// <c>listObjectsV2</c> answered from the engine's <see cref="LocalS3"/>, with the response members the SDK integration
/// returns (PascalCase; dates as <see cref="LocalEngineOptions.NestedDateFormat"/> says).
/// </summary>
internal sealed class S3SdkIntegration : ITaskIntegration
{
    private static readonly string[] Actions = ["getObject", "putObject", "headObject", "deleteObject", "listObjectsV2"];

    private S3SdkIntegration()
    {
    }

    public static S3SdkIntegration Instance { get; } = new();

    public static bool Serves(TaskResource resource)
        => resource.Kind == ResourceKind.Service && resource.ResourceType == "aws-sdk:s3" && Actions.Contains(resource.Action);

    public Task<AslJson> InvokeAsync(TaskCall call, CancellationToken cancellation) => Task.FromResult(Answer(call.Engine, call.Resource.Action, call.Parameters));

    public Task<AslJson> SubmitAsync(TaskCall call, CancellationToken cancellation)
        => throw StatesError.Runtime($"The AWS SDK integration '{call.Resource.Arn}' supports only the request-response pattern.");

    public Task<AslJson> CompleteAsync(TaskCall call, AslJson submitted, CancellationToken cancellation)
        => throw StatesError.Runtime($"The AWS SDK integration '{call.Resource.Arn}' supports only the request-response pattern.");

    private static AslJson Answer(LocalEngine engine, string action, AslJson request)
    {
        var bucket = S3Requests.Text(request, "Bucket", "S3.S3Exception", "s3:" + action);
        switch (action)
        {
            case "listObjectsV2":
                return ListObjectsV2.Answer(engine, bucket, request);
            case "putObject":
            {
                var key = S3Requests.Text(request, "Key", "S3.S3Exception", "s3:putObject");
                var body = request is AslJsonObject o ? o["Body"] : null;
                var content = LocalS3.Utf8(body switch
                {
                    null or AslJsonNull => "",
                    AslJsonString text => text.Value,
                    var value => JsonText.Write(value),
                });
                S3Requests.Put(engine, bucket, key, content);
                return new JsonObjectBuilder(2)
                    .AddUnique("ETag", new AslJsonString(engine.S3.Find(bucket, key, out _)!.ETag))
                    .AddUnique("ServerSideEncryption", new AslJsonString("AES256"))
                    .Build();
            }
            case "deleteObject":
                S3Requests.Delete(engine, bucket, S3Requests.Text(request, "Key", "S3.S3Exception", "s3:deleteObject"));
                return JsonValues.EmptyObject;
            default:
            {
                var found = S3Requests.Get(engine, bucket, S3Requests.Text(request, "Key", "S3.S3Exception", "s3:" + action));
                var answer = new JsonObjectBuilder(8)
                    .AddUnique("AcceptRanges", new AslJsonString("bytes"))
                    .AddUnique("ContentLength", JsonValues.Number(found.Size))
                    .AddUnique("ContentType", new AslJsonString("binary/octet-stream"))
                    .AddUnique("ETag", new AslJsonString(found.ETag))
                    .AddUnique("LastModified", ServiceResponses.Date(engine, found.LastModified))
                    .AddUnique("Metadata", JsonValues.EmptyObject)
                    .AddUnique("ServerSideEncryption", new AslJsonString("AES256"));
                if (action == "getObject") answer.AddUnique("Body", new AslJsonString(found.Text));
                return answer.Build();
            }
        }
    }
}
