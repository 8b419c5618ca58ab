using System.Text;
using Asl.Json;
using Asl.Local.Errors;
using Asl.Local.Execution;
using Asl.Local.Json;
using Asl.Local.Processing;
using Asl.Model;

namespace Asl.Local.S3;

/// <summary>
/// A distributed Map's ResultWriter. With a Resource (<c>s3:putObject</c>) it writes, under
/// <c>Prefix/&lt;map run id&gt;/</c> of the bucket, <c>SUCCEEDED_0.json</c> and <c>FAILED_0.json</c> (one record per child
/// execution, or only the outputs as WriterConfig.Transformation says) and <c>manifest.json</c>, and the Map's result is
/// the Map Run ARN and the manifest's location, as on AWS. Without a Resource, WriterConfig only reshapes the result.
/// A bucket that does not exist fails the Map with States.ResultWriterFailed.
/// </summary>
internal static class ResultWriting
{
    public static AslJson Write(Frame frame, MapState state, ResultWriter writer, StateScope scope, AslJson effective,
        IReadOnlyList<MapIteration> iterations, string mapRunArn)
    {
        var transformation = writer.WriterConfig?.Transformation ?? (writer.Resource is null ? "COMPACT" : "NONE");
        var jsonLines = writer.WriterConfig?.OutputType == "JSONL";
        var childPrefix = ChildArnPrefix(mapRunArn);
        var succeeded = iterations.Where(i => i.Status == "SUCCEEDED").ToArray();
        var failed = iterations.Where(i => i.Status is "FAILED" or "ABORTED").Select(i => Record(i, childPrefix, frame.Engine)).ToArray();
        var succeededEntries = transformation switch
        {
            "COMPACT" => succeeded.Select(i => i.Output!).ToArray(),
            "FLATTEN" => succeeded.SelectMany(i => i.Output is AslJsonArray array ? array.Items : (IEnumerable<AslJson>)[i.Output!]).ToArray(),
            _ => succeeded.Select(i => Record(i, childPrefix, frame.Engine)).ToArray(),
        };
        if (writer.Resource is null) return JsonValues.Array(succeededEntries.Concat(failed).ToArray());

        var jsonata = frame.IsJsonAta(state) ? JsonAtaFlow.For(scope) : null;
        var request = jsonata is null
            ? JsonPathFlow.Template(writer.Parameters, effective, scope)
            : writer.Arguments is null ? JsonValues.EmptyObject : jsonata.Evaluate(writer.Arguments, "Arguments");
        var bucket = S3Requests.Text(request, "Bucket", ErrorNames.ResultWriterFailed, "The ResultWriter's request");
        var prefix = S3Requests.OptionalText(request, "Prefix") is { Length: > 0 } p ? p.TrimEnd('/') + "/" : "";
        var folder = prefix + mapRunArn[(mapRunArn.LastIndexOf(':') + 1)..] + "/";
        var engine = frame.Engine;
        try
        {
            var manifestKey = folder + "manifest.json";
            var files = new JsonObjectBuilder(3)
                .AddUnique("FAILED", WriteFile(engine, bucket, folder + "FAILED_0.json", failed, jsonLines))
                .AddUnique("PENDING", JsonValues.EmptyArray)
                .AddUnique("SUCCEEDED", WriteFile(engine, bucket, folder + "SUCCEEDED_0.json", succeededEntries, jsonLines))
                .Build();
            var manifest = new JsonObjectBuilder(3)
                .Set("DestinationBucket", bucket)
                .Set("MapRunArn", mapRunArn)
                .AddUnique("ResultFiles", files)
                .Build();
            S3Requests.Put(engine, bucket, manifestKey, Encoding.UTF8.GetBytes(JsonText.Write(manifest)));
            return new JsonObjectBuilder(2)
                .Set("MapRunArn", mapRunArn)
                .AddUnique("ResultWriterDetails", new JsonObjectBuilder(2).Set("Bucket", bucket).Set("Key", manifestKey).Build())
                .Build();
        }
        catch (StatesError e) when (e.Error is not null && e.Error.StartsWith("S3.", StringComparison.Ordinal))
        {
            throw new StatesError(ErrorNames.ResultWriterFailed, e.Cause);
        }
    }

    /// <summary>Writes one result file (none for no entries) and gives its manifest entries.</summary>
    private static AslJsonArray WriteFile(LocalEngine engine, string bucket, string key, AslJson[] entries, bool jsonLines)
    {
        if (entries.Length == 0) return JsonValues.EmptyArray;
        var text = jsonLines
            ? string.Concat(entries.Select(e => JsonText.Write(e) + "\n"))
            : JsonText.Write(JsonValues.Array(entries));
        var content = Encoding.UTF8.GetBytes(text);
        S3Requests.Put(engine, bucket, key, content);
        return JsonValues.Array(new AslJson[] { new JsonObjectBuilder(2).Set("Key", key).Set("Size", content.Length).Build() });
    }

    /// <summary>A child execution as AWS records it in a result file (DescribeExecution's members, input and output as JSON text).</summary>
    private static AslJsonObject Record(MapIteration iteration, string childPrefix, LocalEngine engine)
    {
        var name = engine.NewGuid().ToString();
        var record = new JsonObjectBuilder(16);
        if (iteration.Status != "SUCCEEDED")
        {
            if (iteration.Cause is not null) record.Set("Cause", iteration.Cause);
            if (iteration.Error is not null) record.Set("Error", iteration.Error);
        }
        record.Set("ExecutionArn", "arn:aws:states:" + childPrefix.Replace(":stateMachine:", ":execution:", StringComparison.Ordinal) + ":" + name)
            .Set("Input", JsonText.Write(iteration.Input))
            .AddUnique("InputDetails", Included());
        record.Set("Name", name);
        if (iteration.Status == "SUCCEEDED")
        {
            record.Set("Output", JsonText.Write(iteration.Output!)).AddUnique("OutputDetails", Included());
            record.Set("RedriveCount", 0).Set("RedriveStatus", "NOT_REDRIVABLE").Set("RedriveStatusReason", "Execution is SUCCEEDED and cannot be redriven");
        }
        else
        {
            record.Set("RedriveCount", 0).Set("RedriveStatus", "REDRIVABLE_BY_MAP_RUN");
        }
        record.Set("StartDate", Timestamps.Iso(iteration.StartDate))
            .Set("StateMachineArn", "arn:aws:states:" + childPrefix)
            .Set("Status", iteration.Status!);
        if (iteration.StopDate is { } stop) record.Set("StopDate", Timestamps.Iso(stop));
        return record.Build();
    }

    /// <summary><c>region:account:stateMachine:machine/label</c> from the Map Run ARN.</summary>
    private static string ChildArnPrefix(string mapRunArn)
    {
        var rest = mapRunArn["arn:aws:states:".Length..mapRunArn.LastIndexOf(':')];
        return rest.Replace(":mapRun:", ":stateMachine:", StringComparison.Ordinal);
    }

    private static AslJsonObject Included() => new JsonObjectBuilder(1).Set("Included", true).Build();
}
