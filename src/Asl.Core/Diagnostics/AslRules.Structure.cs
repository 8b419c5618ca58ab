namespace Asl.Diagnostics;

// Structure rules: the state graph, names, top-level fields, per-type fields of Task, Wait, Fail, Pass and
// Parallel, and the AWS limits that can be checked on literals. Codes follow the catalogue id
// (B03 -> ASL1023, C01 -> ASL1041, D02 -> ASL1062, E10 -> ASL1110, N03 -> ASL1353); a catalogue id that needs
// a second, distinct finding takes a code from the extras (B 1030–1039, C 1050–1059, E 1183–1189, N 1360–1369).
public static partial class AslRules
{
    /// <summary>B03: <c>StartAt</c> must name a state of the same <c>States</c> object.</summary>
    public static readonly AslRule StartAtNotFound = Error("ASL1023", "B03", "StartAt names no state of its States object",
        "\"StartAt\" names \"{0}\", which is not a state in this States object{1}.{2} Name one of the states declared next to it, or add a state \"{0}\".");

    /// <summary>B05: AWS accepts only <c>"1.0"</c> as <c>Version</c>.</summary>
    public static readonly AslRule UnsupportedVersion = Error("ASL1025", "B05", "Unsupported Version",
        "\"Version\" is \"{0}\", but AWS Step Functions accepts only \"1.0\". Set \"Version\": \"1.0\" or remove the field.");

    /// <summary>B06: the machine's <c>TimeoutSeconds</c> must be a positive integer of at most 99,999,999.</summary>
    public static readonly AslRule InvalidMachineTimeout = Error("ASL1026", "B06", "Invalid machine TimeoutSeconds",
        "The state machine's \"TimeoutSeconds\" is {0}, but it must be a whole number of seconds from 1 to 99,999,999. Set a value in that range, use a ${{Placeholder}}, or remove the field.");

    /// <summary>B07: the machine's <c>QueryLanguage</c> must be exactly <c>"JSONPath"</c> or <c>"JSONata"</c>.</summary>
    public static readonly AslRule InvalidMachineQueryLanguage = Error("ASL1027", "B07", "Invalid machine QueryLanguage",
        "The state machine's \"QueryLanguage\" is \"{0}\", but it must be exactly \"JSONPath\" or \"JSONata\" (case matters). Use one of those values or remove the field (JSONPath is the default).");

    /// <summary>C01: every <c>Next</c>, <c>Default</c> and Catcher <c>Next</c> must name a state of the same container.</summary>
    public static readonly AslRule MissingTransitionTarget = Error("ASL1041", "C01", "Transition to a state that does not exist",
        "{0} of state \"{1}\" names \"{2}\", which is not a state in this States object.{3} Add a state \"{2}\" or fix the name.");

    /// <summary>C02: a transition must not jump into or out of a Parallel branch or a Map processor.</summary>
    public static readonly AslRule TransitionAcrossContainers = Error("ASL1042", "C02", "Transition into or out of a Parallel branch or Map processor",
        "{0} of state \"{1}\" names \"{2}\", which is declared in {3}, not in this States object. {4}");

    /// <summary>C03: every state must be reachable from its container's <c>StartAt</c>.</summary>
    public static readonly AslRule UnreachableState = Error("ASL1043", "C03", "Unreachable state",
        "State \"{0}\" is not reachable. No path from \"StartAt\" leads to it; add a transition to it (Next, Default, a Choice rule or a Catcher) or remove it.");

    /// <summary>C04: every <c>States</c> object needs at least one terminal state.</summary>
    public static readonly AslRule NoTerminalState = Error("ASL1044", "C04", "No terminal state",
        "{0} has no terminal state, so its executions can never finish. Give a state \"End\": true, or add a Succeed or Fail state.");

    /// <summary>C05: every reachable state should be able to reach a terminal state (no loop without an exit).</summary>
    public static readonly AslRule LoopWithoutExit = Warning("ASL1045", "C05", "Loop without an exit",
        "State \"{0}\" is in a loop that never reaches a terminal state: no path from it leads to \"End\": true, a Succeed or a Fail state, so the execution runs until it times out. Add a way out of the loop, for example a Choice rule whose Next leads to an end.");

    /// <summary>C06: state names must be unique across the whole machine, nested branches and processors included.</summary>
    public static readonly AslRule DuplicateStateName = Error("ASL1046", "C06", "Duplicate state name",
        "State name \"{0}\" is already used by the state at {1}. State names must be unique across the whole state machine, Parallel branches and Map processors included; rename one of them.");

    /// <summary>C07: a state name is 1 to 80 Unicode characters (code points).</summary>
    public static readonly AslRule InvalidStateNameLength = Error("ASL1047", "C07", "State name length",
        "State name \"{0}\" is {1} characters long, but a state name must have 1 to 80 characters. {2}");

    /// <summary>C08: state names should not contain control characters.</summary>
    public static readonly AslRule StateNameControlCharacter = Warning("ASL1048", "C08", "Control character in a state name",
        "State name \"{0}\" contains the control character U+{1:X4}, which AWS rejects in state names. Remove it (spaces and other printable characters are fine).");

    /// <summary>C09: Parallel and Map states nested deeper than the configured limit.</summary>
    public static readonly AslRule NestingTooDeep = Warning("ASL1049", "C09", "Parallel/Map nesting too deep",
        "{0} state \"{1}\" puts its states at nesting depth {2}, deeper than the limit of {3}; AWS rejects definitions nested too deeply (TOO_DEEPLY_NESTED). Move the inner work into a separate state machine started with \"arn:aws:states:::states:startExecution\".");

    /// <summary>D02: Pass, Task, Wait, Parallel and Map need exactly one of <c>Next</c> and <c>End: true</c>.</summary>
    public static readonly AslRule NextOrEndRequired = Error("ASL1062", "D02", "Exactly one of Next or End",
        "{0} state \"{1}\" {2}. It needs exactly one of \"Next\" (the state to run next) or \"End\": true (it ends its States object); {3}.");

    /// <summary>E03: a Pass <c>Result</c> is static; paths and <c>.$</c> keys in it are not evaluated.</summary>
    public static readonly AslRule PassResultIsStatic = Warning("ASL1103", "E03", "Pass Result is static",
        "{0} in the \"Result\" of Pass state \"{1}\" is copied as it is: \"Result\" is never evaluated. To compute the value, use \"Parameters\" (JSONPath, keys ending in \".$\") or \"Output\" (JSONata) instead.");

    /// <summary>E10: a Task <c>Resource</c> must be an ARN Step Functions can run.</summary>
    public static readonly AslRule InvalidResource = Error("ASL1110", "E10", "Invalid Task resource",
        "\"Resource\" of state \"{0}\" is \"{1}\", which is not a resource a Task can run: {2}. Use a service integration (\"arn:aws:states:::lambda:invoke\", optionally with \".sync\", \".sync:2\" or \".waitForTaskToken\"), an AWS SDK integration (\"arn:aws:states:::aws-sdk:service:action\"), \"arn:aws:states:::http:invoke\", an activity ARN, a Lambda function ARN, or a ${{Placeholder}}.");

    /// <summary>E12: a Task <c>TimeoutSeconds</c> must be a positive integer of at most 99,999,999.</summary>
    public static readonly AslRule InvalidTaskTimeout = Error("ASL1112", "E12", "Invalid Task TimeoutSeconds",
        "\"TimeoutSeconds\" of state \"{0}\" is {1}, but it must be a whole number of seconds from 1 to 99,999,999. Set a value in that range, or use a JSONata expression (JSONata states) or a ${{Placeholder}}.");

    /// <summary>E13: a Task <c>HeartbeatSeconds</c> must be a positive integer of at most 99,999,999.</summary>
    public static readonly AslRule InvalidHeartbeat = Error("ASL1113", "E13", "Invalid Task HeartbeatSeconds",
        "\"HeartbeatSeconds\" of state \"{0}\" is {1}, but it must be a whole number of seconds from 1 to 99,999,999. Set a value in that range, or use a JSONata expression (JSONata states) or a ${{Placeholder}}.");

    /// <summary>E14: at most one of TimeoutSeconds/TimeoutSecondsPath and of HeartbeatSeconds/HeartbeatSecondsPath.</summary>
    public static readonly AslRule TimeoutSetTwice = Error("ASL1114", "E14", "Both a literal and a path",
        "State \"{0}\" has both \"{1}\" and \"{1}Path\". Keep \"{1}\" for a fixed value or \"{1}Path\" to read it from the input, not both.");

    /// <summary>E15: <c>HeartbeatSeconds</c> must be less than <c>TimeoutSeconds</c>.</summary>
    public static readonly AslRule HeartbeatNotBelowTimeout = Error("ASL1115", "E15", "HeartbeatSeconds not below TimeoutSeconds",
        "\"HeartbeatSeconds\" of state \"{0}\" is {1}, which is not less than its \"TimeoutSeconds\" of {2}; the heartbeat could never fire before the timeout. Make \"HeartbeatSeconds\" smaller than \"TimeoutSeconds\".");

    /// <summary>E17: a Task's <c>Credentials</c> must be a JSON object.</summary>
    public static readonly AslRule CredentialsNotObject = Error("ASL1117", "E17", "Credentials is not an object",
        "\"Credentials\" of state \"{0}\" is {1}, but it must be an object such as {{\"RoleArn\": \"arn:aws:iam::123456789012:role/MyRole\"}}. Write it as an object with \"RoleArn\".");

    /// <summary>E17 (second finding): <c>Credentials</c> must say which role to assume.</summary>
    public static readonly AslRule CredentialsWithoutRoleArn = Error("ASL1183", "E17", "Credentials without RoleArn",
        "\"Credentials\" of state \"{0}\" has no \"RoleArn\"{1}. Add \"RoleArn\" with the ARN of the role the task assumes{2}.");

    /// <summary>E20: EXPRESS executions do not support <c>.sync</c>, <c>.waitForTaskToken</c> or activities.</summary>
    public static readonly AslRule ExpressUnsupportedResource = Error("ASL1120", "E20", "Resource not supported in EXPRESS executions",
        "State \"{0}\" uses \"{1}\", but {2} cannot run {3}. {4}");

    /// <summary>E50: a Wait state needs exactly one of its duration fields.</summary>
    public static readonly AslRule WaitDurationCount = Error("ASL1150", "E50", "Wait needs exactly one duration",
        "Wait state \"{0}\" {1}. A Wait state needs exactly one of {2}; {3}.");

    /// <summary>E51: a Wait <c>Seconds</c> must be a non-negative integer.</summary>
    public static readonly AslRule InvalidWaitSeconds = Error("ASL1151", "E51", "Invalid Wait Seconds",
        "\"Seconds\" of Wait state \"{0}\" is {1}, but it must be a whole number of seconds from 0 to 99,999,999. Set a value in that range, or use a JSONata expression (JSONata states) or a ${{Placeholder}}.");

    /// <summary>E52: a Wait <c>Timestamp</c> must be an RFC 3339 timestamp with upper-case T and Z.</summary>
    public static readonly AslRule InvalidWaitTimestamp = Error("ASL1152", "E52", "Invalid Wait Timestamp",
        "\"Timestamp\" of Wait state \"{0}\" is {1}, which is not an RFC 3339 timestamp: {2}. Write it like \"2026-03-14T01:59:00Z\" or \"2026-03-14T01:59:00.5+02:00\" (upper-case T and Z).");

    /// <summary>E70: a Fail state's <c>Error</c> and <c>Cause</c> must be strings.</summary>
    public static readonly AslRule FailFieldNotString = Error("ASL1170", "E70", "Fail Error or Cause is not a string",
        "\"{0}\" of Fail state \"{1}\" is {2}, but it must be a string. Write it as a JSON string, or use \"{0}Path\" (JSONPath) or a JSONata expression (JSONata) to compute it.");

    /// <summary>E72: at most one of Error/ErrorPath and of Cause/CausePath.</summary>
    public static readonly AslRule FailFieldSetTwice = Error("ASL1172", "E72", "Both a literal and a path on Fail",
        "Fail state \"{0}\" has both \"{1}\" and \"{1}Path\". Keep \"{1}\" for a fixed text or \"{1}Path\" to read it from the input, not both.");

    /// <summary>E74: a Fail state's <c>Error</c> must not use the reserved <c>States.</c> prefix.</summary>
    public static readonly AslRule ReservedErrorName = Warning("ASL1174", "E74", "Reserved error name",
        "\"Error\" of Fail state \"{0}\" is \"{1}\", but the specification reserves names starting with \"States.\" for errors that Step Functions raises (AWS accepts it, and a catcher can match it, but readers and tools take it for a service error). Use your own name, such as \"{2}\".");

    /// <summary>E81: a Parallel state with no branches.</summary>
    public static readonly AslRule EmptyBranches = Warning("ASL1181", "E81", "Parallel without branches",
        "Parallel state \"{0}\" has no branches, so it does nothing but pass on an empty array. Add a branch, or replace it with a Pass state.");

    /// <summary>N02: an activity name is 1 to 80 characters without white space or reserved characters.</summary>
    public static readonly AslRule InvalidActivityName = Error("ASL1352", "N02", "Invalid activity name",
        "\"Resource\" of state \"{0}\" names the activity \"{1}\", which {2}. Activity names have 1 to 80 characters and no white space, control characters or any of ? * < > {{ }} [ ] \" # % \\ ^ | ~ ` $ & , ; : /; use the name of an existing activity.");

    /// <summary>N03: a literal payload larger than the 256 KiB payload quota.</summary>
    public static readonly AslRule PayloadTooLarge = Warning("ASL1353", "N03", "Literal payload over 256 KiB",
        "\"{0}\" of state \"{1}\" is at least {2:N0} bytes of UTF-8 JSON, more than the 262,144-byte (256 KiB) payload quota, so AWS accepts the definition but the state always fails with States.DataLimitExceeded. Keep large data in S3 or DynamoDB and pass a reference.");

    /// <summary>N04: a Wait longer than the execution can run.</summary>
    public static readonly AslRule WaitLongerThanExecution = Warning("ASL1354", "N04", "Wait longer than an execution can run",
        "Wait state \"{0}\" waits {1:N0} seconds, but {2} can run for at most {3:N0} seconds, so it always times out while waiting. Wait less, or split the process over several executions.");

    /// <summary>N05: a timeout longer than an EXPRESS execution can run.</summary>
    public static readonly AslRule TimeoutBeyondExpressLimit = Warning("ASL1355", "N05", "Timeout longer than an EXPRESS execution",
        "{0} is {1:N0} seconds, more than the 300 seconds (5 minutes) that {2} can run, so this timeout can never take effect. Set 300 seconds or less, or run this work in a STANDARD execution.");

    /// <summary>N07: a distributed Map's <c>MaxConcurrency</c> above the 10,000 child executions AWS runs at once.</summary>
    public static readonly AslRule DistributedConcurrencyTooHigh = Warning("ASL1357", "N07", "Distributed Map concurrency above 10,000",
        "\"MaxConcurrency\" of Map state \"{0}\" is {1:N0}, but a distributed Map runs at most 10,000 child executions at a time. Set 10,000 or less (0 means as many as possible).");

    /// <summary>N08: a JSONata expression nested deeper than AWS evaluates.</summary>
    public static readonly AslRule JsonAtaNestingTooDeep = Warning("ASL1358", "N08", "JSONata expression nested too deep",
        "This JSONata expression of state \"{0}\" nests brackets {1} levels deep; AWS stops evaluating at depth 100 and fails the state with States.QueryEvaluationError. Split the expression, for example with variables ($x := ...) or over several states.");

    /// <summary>N09: a literal <c>Assign</c> larger than the 256 KiB variable quota.</summary>
    public static readonly AslRule AssignTooLarge = Warning("ASL1359", "N09", "Literal Assign over 256 KiB",
        "\"{0}\" of state \"{1}\" is at least {2:N0} bytes of UTF-8 JSON, more than the 262,144 bytes (256 KiB) that one Assign and one variable may hold: AWS accepts the definition, but the state always fails with States.DataLimitExceeded. Keep large data in S3 or DynamoDB and assign a reference.");

    /// <summary>N04 (second finding): an inline Map over a literal array too large for a STANDARD execution's history.</summary>
    public static readonly AslRule InlineMapHistoryTooLarge = Warning("ASL1360", "N04", "Inline Map exceeds the history quota",
        "Map state \"{0}\" runs inline over {1:N0} literal items, which writes at least {2:N0} history events; a STANDARD execution stops at 25,000. Use a distributed Map (\"ProcessorConfig\": {{\"Mode\": \"DISTRIBUTED\"}}) or fewer items.");

    /// <summary>N07 (second finding): CSV headers larger than the 10 KiB that a distributed Map reads.</summary>
    public static readonly AslRule CsvHeaderTooLarge = Warning("ASL1361", "N07", "CSV header over 10 KiB",
        "\"CSVHeaders\" of Map state \"{0}\" add up to {1:N0} bytes, more than the 10 KiB (10,240 bytes) CSV header quota of a distributed Map, so reading the items fails with States.ItemReaderFailed. Use shorter or fewer column names.");
}
