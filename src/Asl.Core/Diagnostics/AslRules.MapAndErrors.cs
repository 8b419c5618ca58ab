namespace Asl.Diagnostics;

// Section J (Map configuration) and section K (Retry, Catch and error names) of the catalogue.
// Extras: J 1286-1299 (distinct findings of J01, J03, J05-J11), K 1316-1318 (K09, K13, K14).
// Not here: J13 and K01/K08 are the reader's, J14 is F11 and K15 is F02/F03 (PathRules).
public static partial class AslRules
{
    /// <summary>J01: a Map has neither <c>ItemProcessor</c> nor the deprecated <c>Iterator</c>.</summary>
    public static readonly AslRule MapWithoutItemProcessor = Error("ASL1271", "J01", "Map has no ItemProcessor",
        "Map state '{0}' has no \"ItemProcessor\". Add one with \"StartAt\" and \"States\" that describe the work done for each item.");

    /// <summary>J01 (extra): a Map has both <c>ItemProcessor</c> and the deprecated <c>Iterator</c>.</summary>
    public static readonly AslRule MapWithItemProcessorAndIterator = Error("ASL1286", "J01", "Map has both ItemProcessor and Iterator",
        "Map state '{0}' has both \"ItemProcessor\" and the deprecated \"Iterator\". Keep \"ItemProcessor\" and remove \"Iterator\".");

    /// <summary>J02: a Map has both <c>ItemSelector</c> and the deprecated Map <c>Parameters</c>.</summary>
    public static readonly AslRule MapWithItemSelectorAndParameters = Error("ASL1272", "J02", "Map has both ItemSelector and Parameters",
        "Map state '{0}' has both \"ItemSelector\" and the deprecated \"Parameters\". Move the template into \"ItemSelector\" and remove \"Parameters\".");

    /// <summary>J03: <c>ProcessorConfig.Mode</c> or <c>ProcessorConfig.ExecutionType</c> has a value AWS does not know.</summary>
    public static readonly AslRule InvalidProcessorConfigValue = Error("ASL1273", "J03", "Invalid ProcessorConfig value",
        "\"ProcessorConfig.{0}\" of Map state '{1}' is {2}. Use {3}.");

    /// <summary>J03 (extra): a DISTRIBUTED processor without <c>ExecutionType</c>.</summary>
    public static readonly AslRule DistributedMapWithoutExecutionType = Error("ASL1287", "J03", "Distributed Map without ExecutionType",
        "Map state '{0}' runs in DISTRIBUTED mode but its \"ProcessorConfig\" has no \"ExecutionType\". Add \"ExecutionType\": \"STANDARD\" or \"EXPRESS\" to choose how the child workflows run.");

    /// <summary>J03 (extra): the deprecated <c>Iterator</c> carries a <c>ProcessorConfig</c>, which only <c>ItemProcessor</c> supports.</summary>
    public static readonly AslRule ProcessorConfigInIterator = Warning("ASL1288", "J03", "ProcessorConfig in a deprecated Iterator",
        "The deprecated \"Iterator\" of Map state '{0}' has a \"ProcessorConfig\". AWS accepts it and runs the Map as configured, but the field belongs to \"ItemProcessor\", which replaces the deprecated \"Iterator\"; rename \"Iterator\" to \"ItemProcessor\".");

    /// <summary>J04: JSONata <c>Items</c> is neither an array nor a JSONata expression.</summary>
    public static readonly AslRule InvalidMapItems = Error("ASL1274", "J04", "Items is not an array or JSONata expression",
        "\"Items\" of Map state '{0}' is {1}. Use a JSON array, or a JSONata expression such as \"{{% $states.input.orders %}}\" that evaluates to an array.");

    /// <summary>J05: <c>MaxConcurrency</c> is not a non-negative integer.</summary>
    public static readonly AslRule InvalidMaxConcurrency = Error("ASL1275", "J05", "Invalid MaxConcurrency",
        "\"MaxConcurrency\" of Map state '{0}' is {1}. Use a whole number of 0 or more (0 means no limit).");

    /// <summary>J05 (extra): both <c>MaxConcurrency</c> and <c>MaxConcurrencyPath</c>.</summary>
    public static readonly AslRule MaxConcurrencyAndPath = Error("ASL1289", "J05", "MaxConcurrency and MaxConcurrencyPath together",
        "Map state '{0}' sets both \"MaxConcurrency\" and \"MaxConcurrencyPath\". Keep only one of them.");

    /// <summary>J06: <c>ToleratedFailurePercentage</c> outside 0–100 or <c>ToleratedFailureCount</c> not a non-negative integer.</summary>
    public static readonly AslRule InvalidToleratedFailure = Error("ASL1276", "J06", "Invalid tolerated failure threshold",
        "\"{0}\" of Map state '{1}' is {2}. Use {3}.");

    /// <summary>J06 (extra): a tolerated failure field together with its <c>*Path</c> twin.</summary>
    public static readonly AslRule ToleratedFailureAndPath = Error("ASL1290", "J06", "Tolerated failure value and path together",
        "Map state '{0}' sets both \"{1}\" and \"{1}Path\". Keep only one of them.");

    /// <summary>J07: <c>ItemReader.Resource</c> is not an S3 getObject or listObjectsV2 integration.</summary>
    public static readonly AslRule InvalidItemReaderResource = Error("ASL1277", "J07", "Invalid ItemReader Resource",
        "\"ItemReader.Resource\" of Map state '{0}' is {1}. Use \"arn:aws:states:::s3:getObject\" to read one object or \"arn:aws:states:::s3:listObjectsV2\" to list the objects under a prefix.");

    /// <summary>J08: a <c>ReaderConfig</c> enumeration field has a value AWS does not know.</summary>
    public static readonly AslRule InvalidReaderConfigValue = Error("ASL1278", "J08", "Invalid ReaderConfig value",
        "\"ReaderConfig.{0}\" of Map state '{1}' is {2}. Use one of {3}.");

    /// <summary>J08 (extra): <c>CSVHeaderLocation</c> is GIVEN but <c>CSVHeaders</c> is missing or empty.</summary>
    public static readonly AslRule GivenCsvHeadersMissing = Error("ASL1291", "J08", "GIVEN CSV headers missing",
        "\"ReaderConfig\" of Map state '{0}' sets \"CSVHeaderLocation\" to GIVEN but lists no \"CSVHeaders\". Add the column names, for example \"CSVHeaders\": [\"id\", \"name\"], or use FIRST_ROW to read them from the file.");

    /// <summary>J08 (extra): <c>ReaderConfig.MaxItems</c> is not an integer from 1 to 100,000,000.</summary>
    public static readonly AslRule InvalidReaderMaxItems = Error("ASL1292", "J08", "Invalid ReaderConfig MaxItems",
        "\"ReaderConfig.MaxItems\" of Map state '{0}' is {1}. Use a whole number from 1 to 100,000,000.");

    /// <summary>J08 (extra): both <c>MaxItems</c> and <c>MaxItemsPath</c>.</summary>
    public static readonly AslRule ReaderMaxItemsAndPath = Error("ASL1293", "J08", "MaxItems and MaxItemsPath together",
        "\"ReaderConfig\" of Map state '{0}' sets both \"MaxItems\" and \"MaxItemsPath\". Keep only one of them.");

    /// <summary>J09: an <c>ItemBatcher</c> limit is not a positive integer (bytes at most 262,144).</summary>
    public static readonly AslRule InvalidItemBatcherValue = Error("ASL1279", "J09", "Invalid ItemBatcher limit",
        "\"ItemBatcher.{0}\" of Map state '{1}' is {2}. Use {3}.");

    /// <summary>J09 (extra): an <c>ItemBatcher</c> limit together with its <c>*Path</c> twin.</summary>
    public static readonly AslRule ItemBatcherValueAndPath = Error("ASL1294", "J09", "ItemBatcher limit and path together",
        "\"ItemBatcher\" of Map state '{0}' sets both \"{1}\" and \"{1}Path\". Keep only one of them.");

    /// <summary>J09 (extra): an <c>ItemBatcher</c> without any of its four limits.</summary>
    public static readonly AslRule ItemBatcherWithoutLimit = Error("ASL1295", "J09", "ItemBatcher without a limit",
        "\"ItemBatcher\" of Map state '{0}' sets no batch limit. Add \"MaxItemsPerBatch\" or \"MaxInputBytesPerBatch\" (or their Path forms).");

    /// <summary>J10: a <c>WriterConfig</c> field has a value AWS does not know.</summary>
    public static readonly AslRule InvalidWriterConfigValue = Error("ASL1280", "J10", "Invalid WriterConfig value",
        "\"WriterConfig.{0}\" of Map state '{1}' is {2}. Use one of {3}.");

    /// <summary>J10 (extra): <c>ResultWriter.Resource</c> is not the S3 putObject integration.</summary>
    public static readonly AslRule InvalidResultWriterResource = Error("ASL1296", "J10", "Invalid ResultWriter Resource",
        "\"ResultWriter.Resource\" of Map state '{0}' is {1}. Use \"arn:aws:states:::s3:putObject\" with \"Bucket\" and \"Prefix\" in its parameters.");

    /// <summary>J10 (extra): a <c>WriterConfig</c> without the required <c>OutputType</c>.</summary>
    public static readonly AslRule WriterConfigWithoutOutputType = Error("ASL1297", "J10", "WriterConfig without OutputType",
        "\"WriterConfig\" of Map state '{0}' has no \"OutputType\". Add \"OutputType\": \"JSON\" or \"JSONL\".");

    /// <summary>J10 (extra): a <c>ResultWriter</c> with neither <c>Resource</c> nor <c>WriterConfig</c> (accepted by AWS, fails at run time).</summary>
    public static readonly AslRule EmptyResultWriter = Warning("ASL1298", "J10", "Empty ResultWriter",
        "\"ResultWriter\" of Map state '{0}' has neither \"Resource\" nor \"WriterConfig\", so the Map fails when it runs. Add \"Resource\": \"arn:aws:states:::s3:putObject\" with a bucket and prefix to export the results, a \"WriterConfig\" to format them, or remove \"ResultWriter\".");

    /// <summary>J11: a Map <c>Label</c> that is empty, longer than 40 characters or has a forbidden character.</summary>
    public static readonly AslRule InvalidMapLabel = Error("ASL1281", "J11", "Invalid Map Label",
        "\"Label\" of Map state '{0}' {1}. Use 1 to 40 characters without white space, control characters or any of ? * < > {{ }} [ ] : ; , \\ | ^ ~ $ # % & ` \" /.");

    /// <summary>J11 (extra): two Map states of one machine use the same <c>Label</c>.</summary>
    public static readonly AslRule DuplicateMapLabel = Error("ASL1299", "J11", "Duplicate Map Label",
        "\"Label\" \"{0}\" of Map state '{1}' is already used by Map state '{2}'. Labels must be unique within the state machine; choose another one.");

    /// <summary>J12: a field that only a distributed Map supports, on a Map whose mode is not DISTRIBUTED.</summary>
    public static readonly AslRule DistributedFieldOnInlineMap = Warning("ASL1282", "J12", "Distributed-only field on an inline Map",
        "\"{0}\" of Map state '{1}' is meant for a distributed Map; AWS accepts it on an inline Map, where it is of doubtful effect. Set \"ProcessorConfig\": {{ \"Mode\": \"DISTRIBUTED\", \"ExecutionType\": \"STANDARD\" }} in \"ItemProcessor\", or remove \"{0}\".");

    /// <summary>K02: an <c>ErrorEquals</c> that is empty or has an entry that is not a string.</summary>
    public static readonly AslRule InvalidErrorEquals = Error("ASL1302", "K02", "ErrorEquals empty or not all strings",
        "\"ErrorEquals\" of {0} in state '{1}' {2}. List one or more error names, for example [\"States.TaskFailed\"].");

    /// <summary>K03: a retrier's <c>IntervalSeconds</c> is not an integer from 1 to 99,999,999.</summary>
    public static readonly AslRule InvalidRetryInterval = Error("ASL1303", "K03", "Invalid IntervalSeconds",
        "\"IntervalSeconds\" of {0} in state '{1}' is {2}. Use a whole number of seconds from 1 to 99,999,999 (the default is 1).");

    /// <summary>K04: a retrier's <c>MaxAttempts</c> is not an integer from 0 to 99,999,999.</summary>
    public static readonly AslRule InvalidMaxAttempts = Error("ASL1304", "K04", "Invalid MaxAttempts",
        "\"MaxAttempts\" of {0} in state '{1}' is {2}. Use a whole number from 0 to 99,999,999 (0 never retries; the default is 3).");

    /// <summary>K05: a retrier's <c>BackoffRate</c> is not a number of at least 1.0.</summary>
    public static readonly AslRule InvalidBackoffRate = Error("ASL1305", "K05", "Invalid BackoffRate",
        "\"BackoffRate\" of {0} in state '{1}' is {2}. Use a number of 1.0 or more (the default is 2.0).");

    /// <summary>K06: a retrier's <c>MaxDelaySeconds</c> is not an integer from 1 to 31,622,400.</summary>
    public static readonly AslRule InvalidMaxDelaySeconds = Error("ASL1306", "K06", "Invalid MaxDelaySeconds",
        "\"MaxDelaySeconds\" of {0} in state '{1}' is {2}. Use a whole number of seconds from 1 to 31,622,400.");

    /// <summary>K07: a retrier's <c>JitterStrategy</c> is neither FULL nor NONE.</summary>
    public static readonly AslRule InvalidJitterStrategy = Error("ASL1307", "K07", "Invalid JitterStrategy",
        "\"JitterStrategy\" of {0} in state '{1}' is {2}. Use FULL or NONE.");

    /// <summary>K09: <c>States.ALL</c> shares its <c>ErrorEquals</c> with other names.</summary>
    public static readonly AslRule CatchAllNotAlone = Error("ASL1309", "K09", "States.ALL not alone",
        "{0} in state '{1}' lists \"States.ALL\" together with other error names. \"States.ALL\" must stand alone: handle the specific errors in an earlier {2}.");

    /// <summary>K09 (extra): a retrier or catcher with <c>States.ALL</c> that is not the last one.</summary>
    public static readonly AslRule CatchAllNotLast = Error("ASL1316", "K09", "States.ALL not in the last entry",
        "{0} in state '{1}' matches \"States.ALL\" but is not the last {2}. Move it to the end of \"{3}\".");

    /// <summary>K10: a catcher without <c>Next</c>.</summary>
    public static readonly AslRule CatcherWithoutNext = Error("ASL1310", "K10", "Catcher without Next",
        "{0} in state '{1}' has no \"Next\". Name the state to go to when this catcher handles an error.");

    /// <summary>K11: an error name that starts with <c>States.</c> but is not predefined.</summary>
    public static readonly AslRule UnknownStatesErrorName = Warning("ASL1311", "K11", "Unknown States.* error name",
        "\"{2}\" in {0} of state '{1}' is not a predefined error name, and no Fail state of this machine raises it, so Step Functions never raises an error this entry matches. {3}");

    /// <summary>K12: retrying or catching States.DataLimitExceeded or States.Runtime, which are terminal.</summary>
    public static readonly AslRule TerminalErrorHandled = Warning("ASL1312", "K12", "Terminal error can not be handled",
        "\"{2}\" in {0} of state '{1}' has no effect: that error is terminal and is never retried or caught (not even by \"States.ALL\"). Remove it from \"ErrorEquals\".");

    /// <summary>K13: an error name that an earlier retrier or catcher of the same list already handles.</summary>
    public static readonly AslRule ErrorNameAlreadyHandled = Warning("ASL1313", "K13", "Error name already handled",
        "\"{2}\" in {0} of state '{1}' is unreachable: {3} earlier in the list already handles it. Remove it here, or move this entry before {3} if it should take precedence.");

    /// <summary>K13 (extra): a retrier or catcher after one that matches <c>States.ALL</c>.</summary>
    public static readonly AslRule HandlerAfterCatchAll = Warning("ASL1317", "K13", "Entry after States.ALL is unreachable",
        "{0} in state '{1}' can never run: {2} before it matches \"States.ALL\". Remove it, or move it before {2}.");

    /// <summary>K14: States.HeartbeatTimeout handled on a Task that sets no heartbeat.</summary>
    public static readonly AslRule HeartbeatTimeoutNeverRaised = Warning("ASL1314", "K14", "HeartbeatTimeout can not occur",
        "\"States.HeartbeatTimeout\" in {0} of state '{1}' is never raised: the Task sets no \"HeartbeatSeconds\" or \"HeartbeatSecondsPath\". Add a heartbeat or remove the name.");

    /// <summary>K14 (extra): a distributed-Map error handled by a state that can not raise it.</summary>
    public static readonly AslRule DistributedMapErrorNeverRaised = Warning("ASL1318", "K14", "Distributed Map error can not occur",
        "\"{2}\" in {0} of state '{1}' is never raised: {3}, and neither this state nor any state inside it is one. Remove the name.");
}
