using Asl.Model;

namespace Asl.Permissions.Integrations;

/// <summary>
/// A distributed Map (checked against https://docs.aws.amazon.com/step-functions/latest/dg/iam-policies-eg-dist-map.html)
/// runs its items as child executions of this same state machine: states:StartExecution on the machine,
/// states:DescribeExecution on its executions, and states:RedriveExecution on the Map Run's children (for a redriven
/// parent), all granted once the machine exists, since they name it. Its S3 ItemReader needs s3:GetObject on the
/// object it reads, or, listing objects, s3:ListBucket on the bucket for the listed prefix and s3:GetObject on the
/// objects under it; its ResultWriter s3:PutObject, s3:GetObject, s3:ListMultipartUploadParts and
/// s3:AbortMultipartUpload under its prefix.
/// </summary>
internal static class DistributedMapRules
{
    public static void Derive(Derivation derivation, StateSite site, MapState map)
    {
        if (map.Processor?.ProcessorConfig?.Mode == "DISTRIBUTED")
        {
            derivation.Grant("StartMapRunChildren", new[] { "states:StartExecution" }, new[] { ArnPattern.ThisStateMachine });
            derivation.Grant("TrackMapRunChildren", new[] { "states:DescribeExecution" }, new[] { ArnPattern.ExecutionsOfThisStateMachine });
            derivation.Grant("RedriveMapRunChildren", new[] { "states:RedriveExecution" }, new[] { ArnPattern.MapRunChildrenOfThisStateMachine(map.Label) });
        }
        if (map.ItemReader is { } reader) Reader(derivation, site, reader);
        if (map.ResultWriter is { Resource: { } } writer) Writer(derivation, site, writer);
    }

    private static void Reader(Derivation derivation, StateSite site, ItemReader reader)
    {
        var call = Call(derivation, site, reader.Resource, "ItemReader", site.IsJsonAta ? reader.Arguments : reader.Parameters);
        var bucket = call.Field("Bucket");
        switch (call.Api)
        {
            case "getObject":
                var read = TaskCall.Actions("s3:GetObject");
                var manifest = reader.ReaderConfig?.InputType == "MANIFEST";
                var objects = manifest && bucket.IsText
                    ? S3Rules.Object(bucket.Text + "/*").Because($"state '{site.Name}' reads the objects its manifest lists")
                    : S3Rules.ObjectTarget(call, bucket, call.Field("Key"), read, prefix: false);
                call.Grant("ReadItems", read, objects);
                return;
            case "listObjectsV2":
                var prefix = call.Field("Prefix");
                S3Rules.List(call, "ListItems", TaskCall.Actions("s3:ListBucket"), bucket, prefix);
                var get = TaskCall.Actions("s3:GetObject");
                call.Grant("ReadItems", get, S3Rules.ObjectTarget(call, bucket, prefix, get, prefix: true));
                return;
            default:
                call.NotGranted(site.Field("ItemReader"), $"reads its items through {reader.Resource}, an item reader whose permissions Asl does not know; add a statement for it to the role");
                return;
        }
    }

    private static void Writer(Derivation derivation, StateSite site, ResultWriter writer)
    {
        var call = Call(derivation, site, writer.Resource!, "ResultWriter", site.IsJsonAta ? writer.Arguments : writer.Parameters);
        if (call.Api != "putObject")
        {
            call.NotGranted(site.Field("ResultWriter"), $"writes its results through {writer.Resource}, a result writer whose permissions Asl does not know; add a statement for it to the role");
            return;
        }
        var actions = TaskCall.Actions("s3:PutObject", "s3:GetObject", "s3:ListMultipartUploadParts", "s3:AbortMultipartUpload");
        // The results go to PREFIX/MAP-RUN-ID/..., so the folder's objects: PREFIX/* (as AWS's example), not PREFIX*.
        var bucket = call.Field("Bucket");
        var folder = call.Field("Prefix");
        var results = bucket.IsText && folder.IsText
            ? S3Rules.Object(bucket.Text + "/" + (folder.Text.TrimEnd('/').Length == 0 ? "" : folder.Text.TrimEnd('/') + "/") + "*")
            : S3Rules.ObjectTarget(call, bucket, folder, actions, prefix: true);
        call.Grant("WriteResults", actions, results);
    }

    /// <summary>The reader or writer seen as a call of its S3 API, with its own Parameters or Arguments.</summary>
    private static TaskCall Call(Derivation derivation, StateSite site, string resource, string field, Asl.Json.AslJson? arguments)
    {
        var (service, api, _) = Integrations.TaskRules.Integration(resource) ?? ("", "", "");
        var holder = new TaskState(resource) { Parameters = site.IsJsonAta ? null : arguments, Arguments = site.IsJsonAta ? arguments : null };
        var nested = site with { Pointer = site.Field(field) };
        return new TaskCall(derivation, nested, holder, service, api, "");
    }
}
