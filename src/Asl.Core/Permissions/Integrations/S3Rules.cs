using System;
using System.Collections.Generic;

namespace Asl.Permissions.Integrations;

/// <summary>
/// Amazon S3 through the SDK integration, and the S3 reader and writer of a distributed Map
/// (https://docs.aws.amazon.com/step-functions/latest/dg/iam-policies-eg-dist-map.html): object actions on the
/// object the call names (its bucket and key), bucket actions on the bucket, with AWS's exceptions to the
/// API-name rule (HeadObject is authorized as s3:GetObject, ListObjectsV2 as s3:ListBucket, and so on).
/// </summary>
internal static class S3Rules
{
    private static readonly ArnPattern AnyBucket = ArnPattern.Text("arn:${AWS::Partition}:s3:::*");

    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        ["headObject"] = "s3:GetObject",
        ["selectObjectContent"] = "s3:GetObject",
        ["headBucket"] = "s3:ListBucket",
        ["listObjects"] = "s3:ListBucket",
        ["listObjectsV2"] = "s3:ListBucket",
        ["listObjectVersions"] = "s3:ListBucketVersions",
        ["listBuckets"] = "s3:ListAllMyBuckets",
        ["deleteObjects"] = "s3:DeleteObject",
        ["createMultipartUpload"] = "s3:PutObject",
        ["uploadPart"] = "s3:PutObject",
        ["uploadPartCopy"] = "s3:PutObject",
        ["completeMultipartUpload"] = "s3:PutObject",
        ["listParts"] = "s3:ListMultipartUploadParts",
        ["listMultipartUploads"] = "s3:ListBucketMultipartUploads",
    };

    /// <summary>The IAM action an S3 API call is authorized as.</summary>
    public static string Action(string api) => Exceptions.TryGetValue(api, out var action) ? action : "s3:" + AwsSdkRules.Pascal(api);

    public static bool Sdk(TaskCall call, string api, string[] actions)
    {
        var bucket = call.Field("Bucket");
        if (api == "listBuckets")
        {
            call.Grant("S3ListAllMyBuckets", actions, ArnPattern.Any.Because("listing buckets names no bucket"));
            return true;
        }
        if (bucket.IsMissing) return false;
        if (api == "copyObject")
        {
            var read = TaskCall.Actions("s3:GetObject");
            call.Grant("S3GetObject", read, call.Target(call.Field("CopySource"), source => Object(source), AnyBucket, read));
        }
        if (api is "listObjects" or "listObjectsV2" or "listObjectVersions" or "headBucket" or "listMultipartUploads")
        {
            List(call, "S3" + actions[0].Substring(3), actions, bucket, call.Field("Prefix"));
            return true;
        }
        var key = call.Field("Key");
        var resource = api == "deleteObjects"
            ? ObjectsOf(call, bucket, actions)
            : key.IsMissing ? call.Target(bucket, Bucket, AnyBucket, actions) : ObjectTarget(call, bucket, key, actions, prefix: false);
        call.Grant("S3" + actions[0].Substring(3), actions, resource);
        return true;
    }

    /// <summary>
    /// s3:ListBucket (or another bucket action) on the bucket, for the listed prefix only (the request's <c>s3:prefix</c> is
    /// the Prefix as written) when the call names one; on the whole bucket, explained, when the prefix comes from the input.
    /// </summary>
    public static void List(TaskCall call, string sid, string[] actions, FieldValue bucket, FieldValue prefix)
    {
        var conditions = prefix.IsText ? new[] { GrantCondition.Of("StringLike", "s3:prefix", prefix.Text) } : new GrantCondition[0];
        var target = call.Target(bucket, Bucket, AnyBucket, actions);
        if (bucket.IsText && prefix.IsDynamic) target = call.Wide(prefix.Pointer, prefix.Text, target, actions);
        call.Grant(sid, actions, new[] { target }, conditions);
    }

    /// <summary>The object (or, with <paramref name="prefix"/>, every object under the key) a bucket and key name.</summary>
    public static ArnPattern ObjectTarget(TaskCall call, FieldValue bucket, FieldValue key, string[] actions, bool prefix)
    {
        if (!bucket.IsText) return call.Target(bucket, Bucket, AnyBucket, actions);
        if (key.IsMissing) return Object(bucket.Text + "/*");
        return call.Target(key, text => Object(bucket.Text + "/" + text + (prefix ? "*" : "")), Object(bucket.Text + "/*"), actions);
    }

    private static ArnPattern ObjectsOf(TaskCall call, FieldValue bucket, string[] actions)
    {
        if (!bucket.IsText) return call.Target(bucket, Bucket, AnyBucket, actions);
        return Object(bucket.Text + "/*").Because($"state '{call.State}' deletes the objects its request lists");
    }

    public static ArnPattern Bucket(string name) => Arns.Parts(name) is not null ? ArnPattern.Text(name) : ArnPattern.Text("arn:${AWS::Partition}:s3:::" + name);

    /// <summary>An object by <c>BUCKET/KEY</c> (a CopySource may start with '/').</summary>
    public static ArnPattern Object(string bucketAndKey) => ArnPattern.Text("arn:${AWS::Partition}:s3:::" + bucketAndKey.TrimStart('/'));

    /// <summary>The object an <c>s3://BUCKET/KEY</c> URI names; a URI ending in '/' names every object under it. Null for anything else.</summary>
    public static ArnPattern? ObjectOfUri(string uri)
    {
        if (!uri.StartsWith("s3://", StringComparison.Ordinal)) return null;
        var path = uri.Substring("s3://".Length);
        if (path.Length == 0) return null;
        if (path.IndexOf('/') < 0) return Object(path + "/*");
        return Object(path.EndsWith("/", StringComparison.Ordinal) ? path + "*" : path);
    }
}
