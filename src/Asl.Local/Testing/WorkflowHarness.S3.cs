using Asl.Local;

namespace Asl.Testing;

public sealed partial class WorkflowHarness
{
    /// <summary>
    /// A bucket of the engine's in-memory S3 (see <see cref="S3BucketMock"/>), created empty if it does not exist: a
    /// distributed Map's ItemReader reads the objects you put in it, its ResultWriter writes its result files to it, and the
    /// <c>aws-sdk:s3</c> tasks <c>getObject</c>, <c>putObject</c>, <c>headObject</c>, <c>deleteObject</c> and
    /// <c>listObjectsV2</c> read and write it. A bucket nobody created fails as on AWS (<c>S3.NoSuchBucketException</c>, or
    /// <c>States.ItemReaderFailed</c>/<c>States.ResultWriterFailed</c> in a Map). A <see cref="MockTask{TRequest, TResponse}(string)"/>
    /// of an S3 resource takes precedence over it.
    /// </summary>
    /// <param name="bucketName">The bucket's name, or the placeholder the definition names it by (<c>${InputBucket}</c>) once it is substituted.</param>
    public S3BucketMock S3Bucket(string bucketName)
    {
        ArgumentException.ThrowIfNullOrEmpty(bucketName);
        var name = bucketName;
        if (bucketName.StartsWith("${", StringComparison.Ordinal) && bucketName.EndsWith('}'))
        {
            name = _substitutions.TryGetValue(Unwrap(bucketName), out var value)
                ? BucketNameOf(value)
                : throw new InvalidOperationException($"The bucket placeholder {bucketName} has no value yet; call harness.Substitute(\"{Unwrap(bucketName)}\", \"bucket-name\") first.");
        }
        return new S3BucketMock(Engine.S3.Bucket(name), _json.Options);
    }

    /// <summary>A bucket's name from its name or ARN (<c>arn:aws:s3:::name</c>).</summary>
    private static string BucketNameOf(string nameOrArn)
        => nameOrArn.StartsWith("arn:aws:s3:::", StringComparison.Ordinal) ? nameOrArn["arn:aws:s3:::".Length..] : nameOrArn;
}
