using Asl.Json;
using Asl.Model;
using static Asl.Build.Tests.Integrations.IntegrationAssert;
using static Asl.States;

namespace Asl.Build.Tests.Integrations;

/// <summary>
/// Distributed Map, checked against https://docs.aws.amazon.com/step-functions/latest/dg/iam-policies-eg-dist-map.html
/// ("IAM policies for using Distributed Map states"): its child executions (of this same machine, so attached once it
/// exists), its S3 ItemReader and its ResultWriter, as model records and through the typed S3ItemReader and S3ResultWriter.
/// </summary>
public sealed class DistributedMapPermissionTests
{
    private static AslJsonObject Json(params (string Name, string Value)[] members) =>
        new(members.Select(m => new AslJsonProperty(m.Name, AslJson.Of(m.Value))).ToArray());

    private static MapBuilder Distributed() => Map("M")
        .ItemProcessor(Pass("Each"), ProcessorMode.Distributed, StateMachineType.Standard);

    /// <summary>
    /// "Example of IAM policy for running a Distributed Map state": states:StartExecution on the machine and
    /// states:DescribeExecution on its executions (the page grants no StopExecution); "Example of IAM policy for
    /// redriving a Distributed Map": states:RedriveExecution on the Map Run's children, <c>execution:NAME/LABEL:*</c>.
    /// </summary>
    [Fact]
    public void A_distributed_Map_may_start_describe_and_redrive_executions_of_its_own_machine()
    {
        var (role, self, notes) = Grant(Distributed());

        Assert.Empty(role);
        Assert.Empty(notes);
        Same(
        [
            Statement("StartMapRunChildren", Actions("states:StartExecution"), "!Ref M"),
            Statement("TrackMapRunChildren", Actions("states:DescribeExecution"),
                Sub("arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:execution:${M.Name}:*")),
            Statement("RedriveMapRunChildren", Actions("states:RedriveExecution"),
                Sub("arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:execution:${M.Name}/*")),
        ], self);
    }

    /// <summary>With a Label, the Map Run's children are named <c>NAME/LABEL:...</c>, so redriving is granted on those only.</summary>
    [Fact]
    public void A_labelled_distributed_Map_may_redrive_only_the_children_of_its_label()
    {
        var (_, self, _) = Grant(Distributed().Label("orders"));

        Assert.Contains(Statement("RedriveMapRunChildren", Actions("states:RedriveExecution"),
            Sub("arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:execution:${M.Name}/orders:*")), self);
    }

    /// <summary>"Examples of IAM policies for reading data from Amazon S3": s3:GetObject on the object; "writing data": PutObject, GetObject, ListMultipartUploadParts, AbortMultipartUpload under the prefix.</summary>
    [Fact]
    public void Its_S3_reader_may_get_the_object_and_its_writer_put_results_under_the_prefix()
    {
        var (role, _, _) = Grant(Distributed()
            .ItemReader(new ItemReader("arn:aws:states:::s3:getObject") { Parameters = Json(("Bucket", "orders"), ("Key", "2024/items.json")), ReaderConfig = new ReaderConfig { InputType = "JSON" } })
            .ResultWriter(new ResultWriter { Resource = "arn:aws:states:::s3:putObject", Parameters = Json(("Bucket", "results"), ("Prefix", "runs/")) }),
            Distributed().ItemReader(S3ItemReader.Json("orders", "2024/items.json")).ResultWriter(S3ResultWriter.At("results", "runs/").Format(MapResultOutput.JsonLines)));

        Same(
        [
            Statement("ReadItems", Actions("s3:GetObject"), Sub("arn:${AWS::Partition}:s3:::orders/2024/items.json")),
            Statement("WriteResults", Actions("s3:PutObject", "s3:GetObject", "s3:ListMultipartUploadParts", "s3:AbortMultipartUpload"), Sub("arn:${AWS::Partition}:s3:::results/runs/*")),
        ], role);
    }

    /// <summary>
    /// "Example using ListObjectsV2 to restrict to a folder prefix": s3:ListBucket on the bucket with the listed prefix as
    /// <c>s3:prefix</c>, and s3:GetObject on the objects under the prefix.
    /// </summary>
    [Fact]
    public void Its_S3_object_listing_may_list_the_bucket_under_the_prefix()
    {
        var (role, _, _) = Grant(Distributed()
            .ItemReader(new ItemReader("arn:aws:states:::s3:listObjectsV2") { Parameters = Json(("Bucket", "orders"), ("Prefix", "incoming/")) }),
            Distributed().ItemReader(S3ItemReader.Objects("orders", "incoming/")));

        Same(
        [
            Statement("ListItems", Actions("s3:ListBucket"), [Sub("arn:${AWS::Partition}:s3:::orders")], "{StringLike: {\"s3:prefix\": incoming/}}"),
            Statement("ReadItems", Actions("s3:GetObject"), Sub("arn:${AWS::Partition}:s3:::orders/incoming/*")),
        ], role);
    }

    [Fact]
    public void A_bucket_from_the_input_is_every_bucket_explained_as_ASL0902()
    {
        var reader = new ItemReader("arn:aws:states:::s3:getObject")
        {
            Parameters = new AslJsonObject(new[] { new AslJsonProperty("Bucket.$", AslJson.Of("$.bucket")), new AslJsonProperty("Key", AslJson.Of("items.json")) }),
        };

        var (role, _, notes) = Grant(Distributed().ItemReader(reader), Distributed().ItemReader(S3ItemReader.Json(Input.At("$.bucket"), "items.json")));

        Same([Statement("ReadItems", Actions("s3:GetObject"), Sub("arn:${AWS::Partition}:s3:::*"))], role);
        Assert.Equal(("ASL0902", "/States/M/ItemReader/Parameters/Bucket.$"), (Assert.Single(notes).Code, notes[0].Pointer));
    }

    /// <summary>The Tasks a distributed Map runs for each item are derived too: they run as this machine's role.</summary>
    [Fact]
    public void The_Tasks_of_its_item_processor_are_granted_like_any_other()
    {
        var (role, _, _) = Grant(Map("M").ItemProcessor(
            Task("Charge", "arn:aws:states:::lambda:invoke").Parameters(new { FunctionName = "arn:aws:lambda:us-east-1:123456789012:function:charge:live" }),
            ProcessorMode.Distributed, StateMachineType.Express));

        Same([Statement("InvokeFunctions", Actions("lambda:InvokeFunction"), Literal("arn:aws:lambda:us-east-1:123456789012:function:charge:live"))], role);
    }
}
