using static Asl.States;

namespace Asl.Local.Tests.Testing;

public sealed record ImportInput(string Key);

public sealed record ImportLine(string Sku, int Quantity);

/// <summary>Reads order lines from S3 with a distributed Map, writes the results back, then records and reads a marker object.</summary>
[StateMachine]
public partial class ImportWorkflow : IStateMachine<ImportInput, object>
{
    public static Workflow Define() => Workflow
        .StartWith(Map("Import lines")
            .ItemReader(S3ItemReader.Json("${InboxBucket}", Input.At("$.Key")))
            .ItemProcessor(line => line.StartWith(Pass("Accept line").Parameters(new { Accepted = Input.At("$.Sku") })), ProcessorMode.Distributed, StateMachineType.Standard)
            .ResultWriter(S3ResultWriter.At("results", "imports"))
            .Label("Import")
            .ResultPath("$.import"))
        .Then(S3PutObject("Mark done", "results", "done.txt").Body(Input.At("$.import.ResultWriterDetails.Key")).ResultPath(null))
        .Then(S3GetObject("Read marker", "results", "done.txt").ResultSelector(new { Manifest = Input.At("$.Body") }));
}
