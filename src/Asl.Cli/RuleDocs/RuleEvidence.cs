namespace Asl.Cli.RuleDocs;

/// <summary>
/// Why each rule has its severity: the AWS behaviour it mirrors, the AWS documentation, or the specification's
/// MUST. An error is what AWS rejects at CreateStateMachine / ValidateStateMachineDefinition (or text that is not
/// a definition at all); what AWS accepts is a warning, however certain the run-time failure. "Recorded" facts come
/// from executions and API answers recorded against AWS (LocalStack's AWS-validated snapshots, floci measurements).
/// </summary>
internal static class RuleEvidence
{
    // Reasons shared by many rules.
    private const string NotJson =
        "Not a definition at all: AWS answers INVALID_JSON_DESCRIPTION or SCHEMA_VALIDATION_FAILED (\"Definition must be a valid JSON object\"), recorded in ValidateStateMachineDefinition answers.";

    private const string Schema =
        "AWS checks every definition against the States Language schema and rejects violations with SCHEMA_VALIDATION_FAILED (recorded: \"These fields are required: [StartAt]\" at /, \"Field 'X' is not supported\" at the state).";

    private const string SchemaValue =
        "The field's type and range are part of the schema AWS validates: a value outside it is rejected with SCHEMA_VALIDATION_FAILED at the field (the limits are those of the States Language specification and the AWS quotas page).";

    private const string Transition =
        "AWS rejects it with MISSING_TRANSITION_TARGET (recorded: \"Missing 'Next' target: X\" at /States/A/Next, and \"State \\\"C\\\" is not reachable.\").";

    private const string PathSyntax =
        "AWS parses every path and intrinsic call when the definition is created and rejects text that is not one with SCHEMA_VALIDATION_FAILED (\"The value for the field 'X' must be a valid JSONPath\"). Jayway's forms that AWS accepts (such as $.[0]) are not reported.";

    private const string ReferencePath =
        "The specification requires a Reference Path here and AWS rejects other paths with SCHEMA_VALIDATION_FAILED (\"must be a valid ReferencePath\").";

    private const string Language =
        "AWS rejects it with SCHEMA_VALIDATION_FAILED (recorded: \"The QueryLanguage is set to 'JSONPath', but field 'Output' is only supported for the 'JSONata' QueryLanguage\").";

    private const string JsonAtaDefinition =
        "AWS analyses JSONata expressions when the definition is created and rejects this one (recorded: INVALID_JSONATA_EXPRESSION / UNSUPPORTED_JSONATA_EXPRESSION with the position in the string).";

    private const string Doubtful =
        "AWS accepts the definition; the construct is legal but almost always a mistake, so it is a warning.";

    private const string RunTime =
        "AWS accepts the definition (nothing is checked at creation); the failure happens when the state runs, so it is a warning. Escalate it to an error if your team wants it to block builds.";

    private static readonly Dictionary<string, string> ByCode = new(StringComparer.Ordinal)
    {
        ["ASL1001"] = NotJson,
        ["ASL1002"] = "Not a definition: AWS answers MISSING_DESCRIPTION (documented) or SCHEMA_VALIDATION_FAILED \"Definition must be a valid JSON object\" for an empty string (recorded).",
        ["ASL1003"] = NotJson,
        ["ASL1004"] = "AWS parses definitions with Jackson (its error texts are Jackson's, e.g. \"Unrecognized token 'not': was expecting (JSON String, Number, Array, Object ...\", recorded), whose default keeps the last of repeated keys; no rejection has been recorded, so a repeat is a warning: the earlier values are silently lost.",
        ["ASL1005"] = "The API's `definition` member is limited to 1,048,576 characters (botocore service model); longer requests are rejected with ValidationException.",
        ["ASL1021"] = Schema,
        ["ASL1022"] = "Recorded: ValidateStateMachineDefinition answers SCHEMA_VALIDATION_FAILED \"These fields are required: [StartAt]\" at /.",
        ["ASL1023"] = Transition,
        ["ASL1024"] = Schema,
        ["ASL1025"] = "AWS accepts only \"1.0\" as Version (schema enum; LocalStack mirrors the rejection).",
        ["ASL1026"] = SchemaValue,
        ["ASL1027"] = SchemaValue,
        ["ASL1028"] = Schema,
        ["ASL1029"] = Schema,
        ["ASL1041"] = Transition,
        ["ASL1042"] = "Each States object is its own scope: AWS resolves Next only within it and rejects other names with MISSING_TRANSITION_TARGET (recorded).",
        ["ASL1043"] = Transition,
        ["ASL1044"] = "AWS rejects it with MISSING_END_STATE \"Workflow has no terminal state\" (recorded).",
        ["ASL1045"] = "AWS accepts loops without an exit; the execution runs until it times out or hits the history quota. " + Doubtful,
        ["ASL1046"] = "AWS rejects it with DUPLICATE_STATE_NAME (documented error code; CloudFormation deployments fail with \"Invalid State Machine Definition: 'DUPLICATE_STATE_NAME: Duplicate State name\").",
        ["ASL1047"] = "AWS rejects it with INVALID_STATE_NAME (documented; the specification limits names to 80 Unicode characters).",
        ["ASL1048"] = "AWS documents INVALID_STATE_NAME for names against its naming rules, but which characters it rejects is not documented; a warning until measured.",
        ["ASL1049"] = "AWS rejects definitions nested too deeply with TOO_DEEPLY_NESTED (documented), but does not document the limit, so the configurable limit here is a warning.",
        ["ASL1061"] = Schema,
        ["ASL1062"] = Schema,
        ["ASL1063"] = Schema,
        ["ASL1064"] = Schema,
        ["ASL1065"] = "Recorded: AWS answers SCHEMA_VALIDATION_FAILED \"Field 'X' is not supported\" at /States/S.",
        ["ASL1066"] = Schema,
        ["ASL1069"] = "Recorded: a Map or Parallel with TimeoutSeconds gets SCHEMA_VALIDATION_FAILED \"Field 'TimeoutSeconds' is not supported\".",
        ["ASL1090"] = Schema,
        ["ASL1091"] = "Recorded: missing required fields give SCHEMA_VALIDATION_FAILED \"These fields are required: [...]\" (for Credentials: \"The field 'RoleArn' is required but was missing\").",
        ["ASL1092"] = Schema,
        ["ASL1093"] = "Not a definition this tool can read: the reader stops at 512 levels of JSON nesting. No definition AWS accepts comes near it.",
        ["ASL1094"] = "Not a definition: the file could not be read.",
        ["ASL1102"] = Schema,
        ["ASL1103"] = "AWS reports this as a warning itself (PASS_RESULT_IS_STATIC, documented ValidateStateMachineDefinition code).",
        ["ASL1110"] = "AWS rejects resources it cannot run with INVALID_RESOURCE (documented). Accepted, as AWS accepts them: any Region and account in an integration ARN (console exports use arn:aws:states:us-east-1:123456789012:aws-sdk:s3:putObject) and ${Placeholder} substitutions anywhere.",
        ["ASL1111"] = "Step Functions never evaluates Resource; a JSONata string there is not an ARN, so AWS rejects it as INVALID_RESOURCE.",
        ["ASL1112"] = SchemaValue,
        ["ASL1113"] = SchemaValue,
        ["ASL1114"] = "The specification and the AWS documentation allow only one of the two fields; AWS rejects both with SCHEMA_VALIDATION_FAILED.",
        ["ASL1115"] = "The specification says HeartbeatSeconds MUST be smaller than TimeoutSeconds; LocalStack, which mirrors AWS's creation-time checks, refuses the definition. AWS's own answer has not been recorded.",
        ["ASL1116"] = ReferencePath,
        ["ASL1117"] = "Recorded: AWS answers SCHEMA_VALIDATION_FAILED for Credentials that are not an object with RoleArn.",
        ["ASL1119"] = Schema,
        ["ASL1120"] = "Recorded: an EXPRESS machine with .waitForTaskToken gets SCHEMA_VALIDATION_FAILED \"Express state machine does not support '.waitForTaskToken' service integration\".",
        ["ASL1130"] = Schema,
        ["ASL1131"] = Schema,
        ["ASL1132"] = Schema,
        ["ASL1133"] = Schema,
        ["ASL1134"] = Schema,
        ["ASL1135"] = PathSyntax,
        ["ASL1136"] = PathSyntax,
        ["ASL1137"] = "The pattern is a string to AWS; no rejection of a malformed pattern has been recorded, and it is read only when the rule is evaluated. " + Doubtful,
        ["ASL1140"] = "AWS accepts a Choice without Default; when no rule matches, the execution fails with States.NoChoiceMatched. " + Doubtful,
        ["ASL1150"] = Schema,
        ["ASL1151"] = SchemaValue,
        ["ASL1152"] = SchemaValue,
        ["ASL1153"] = ReferencePath,
        ["ASL1160"] = Schema,
        ["ASL1170"] = Schema,
        ["ASL1171"] = PathSyntax,
        ["ASL1172"] = Schema,
        ["ASL1173"] = Schema,
        ["ASL1174"] = "The specification reserves the States. prefix, but AWS accepts such names: deployed AWS samples (either-or-parallel-pattern, quorum-with-parallel-pattern) raise States.QuorumMet and States.RanOutOfTime from Fail states and catch them. A warning.",
        ["ASL1180"] = Schema,
        ["ASL1181"] = "AWS accepts a Parallel without branches; it passes on an empty array. " + Doubtful,
        ["ASL1183"] = "Recorded: AWS answers SCHEMA_VALIDATION_FAILED \"The field 'RoleArn' is required but was missing at /States/State0/Credentials\".",
        ["ASL1201"] = PathSyntax,
        ["ASL1202"] = ReferencePath,
        ["ASL1203"] = ReferencePath,
        ["ASL1204"] = Schema,
        ["ASL1205"] = PathSyntax,
        ["ASL1206"] = PathSyntax,
        ["ASL1207"] = "No rejection by AWS has been recorded; the two keys produce one output field, so one value is lost. " + Doubtful,
        ["ASL1208"] = Schema,
        ["ASL1209"] = "AWS reports this as a warning itself (NO_DOLLAR, documented ValidateStateMachineDefinition code).",
        ["ASL1210"] = "AWS reports this as a warning itself (NO_PATH, documented ValidateStateMachineDefinition code).",
        ["ASL1211"] = "AWS accepts the path; outside ItemSelector the context object has no Map member, so it selects nothing. " + Doubtful,
        ["ASL1212"] = "AWS accepts the definition (a deployed AWS sample, textract-analyze-expense, filters with [?(@.Type.Text==VENDOR_NAME)]); how AWS then reads the word is uncertain (Jayway's filter compiler reads an unquoted operand as a number), so it is a warning, and the local engine fails the state with States.Runtime.",
        ["ASL1221"] = JsonAtaDefinition,
        ["ASL1222"] = Language,
        ["ASL1223"] = "AWS accepts it and uses the key as written. " + Doubtful,
        ["ASL1224"] = "Recorded: UNSUPPORTED_JSONATA_EXPRESSION \"Reference to 'x' at the top level is not supported.\" at the field.",
        ["ASL1225"] = "The specification forbids $$ in JSONata and AWS rejects it when the definition is created (recorded).",
        ["ASL1226"] = "AWS checks where $states members are available when the definition is created (recorded for $states.errorOutput); $states.result follows the same check.",
        ["ASL1227"] = "Recorded: AWS rejects $states.errorOutput outside a Catcher when the definition is created.",
        ["ASL1228"] = "The specification says Arguments MUST NOT reference the result or the error output; AWS applies the same availability check as for $states.result.",
        ["ASL1229"] = "AWS accepts the expression; the member is undefined when it runs. " + Doubtful,
        ["ASL1230"] = "Recorded: AWS rejects $eval when the definition is created.",
        ["ASL1231"] = SchemaValue,
        ["ASL1232"] = "AWS accepts it: in a JSONata state the text is a plain string. " + Doubtful,
        ["ASL1234"] = "Recorded: AWS accepts \"Items\": \"{% 1 %}\" (and strings, booleans, objects, null) and the execution fails with States.QueryEvaluationError \"... returned an unexpected data type\". " + RunTime,
        ["ASL1235"] = "JSONata does not check the arguments of a function call when it parses an expression; the call fails when it is evaluated (States.QueryEvaluationError). " + RunTime,
        ["ASL1238"] = "JSONata does not check the arguments of a function call when it parses an expression; the call fails when it is evaluated (States.QueryEvaluationError, T0410). " + RunTime,
        ["ASL1239"] = "Recorded: AWS accepts a call of a name that is no function ($randomSeeded(...) in LocalStack's AWS-validated snapshots) and the state fails with States.QueryEvaluationError \"T1006: Attempted to invoke a non-function\". " + RunTime,
        ["ASL1236"] = "AWS accepts the string; it is not evaluated as JSONata. " + Doubtful,
        ["ASL1237"] = "AWS accepts it: in a JSONata state the key is kept as written. " + Doubtful,
        ["ASL1241"] = SchemaValue,
        ["ASL1242"] = Language,
        ["ASL1243"] = Language,
        ["ASL1244"] = "Recorded: SCHEMA_VALIDATION_FAILED \"'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine\" at /States/Pass.",
        ["ASL1245"] = "Recorded: nested states inherit the state machine's QueryLanguage, and a JSONata field there is rejected as in a JSONPath state.",
        ["ASL1246"] = "Recorded: \"Field 'QueryLanguage' is not supported\" at /States/M/ItemProcessor.",
        ["ASL1251"] = Schema,
        ["ASL1252"] = Schema,
        ["ASL1253"] = "The specification defines variable names (1 to 80 characters, ID_Start then ID_Continue) as a MUST of the definition; AWS's answer has not been recorded, so the rule follows the specification.",
        ["ASL1254"] = "The specification reserves the name \"states\" ($states is Step Functions' own) as a MUST of the definition; AWS's answer has not been recorded, so the rule follows the specification.",
        ["ASL1255"] = "Recorded: AWS accepts definitions that read $doesNotExist and the execution fails with States.QueryEvaluationError \"The JSONata expression '$doesNotExist' specified for the field 'Output' returned nothing (undefined).\" " + RunTime,
        ["ASL1256"] = "The specification forbids it, but AWS accepts it (recorded: a Parallel branch that assigns a variable its enclosing scope assigns was created and ran). A warning.",
        ["ASL1257"] = "The variable is not visible in this scope, so reading it fails like reading an unassigned variable. " + RunTime,
        ["ASL1260"] = "Variables are limited to 256 KiB (AWS quotas page); the limit is enforced when the state runs (States.DataLimitExceeded). " + RunTime,
        ["ASL1261"] = "AWS accepts it; the read fails only on the paths that skip the assignment. " + Doubtful,
        ["ASL1271"] = Schema,
        ["ASL1272"] = Schema,
        ["ASL1273"] = SchemaValue,
        ["ASL1274"] = SchemaValue,
        ["ASL1275"] = SchemaValue,
        ["ASL1276"] = SchemaValue,
        ["ASL1277"] = "AWS rejects ItemReader resources other than the S3 integrations with INVALID_RESOURCE / SCHEMA_VALIDATION_FAILED.",
        ["ASL1278"] = SchemaValue,
        ["ASL1279"] = SchemaValue,
        ["ASL1280"] = SchemaValue,
        ["ASL1281"] = "AWS rejects invalid labels with INVALID_LABEL_NAME (documented error code; the rules are those recorded by LocalStack: empty, over 40 characters, forbidden characters).",
        ["ASL1282"] = "Recorded: AWS accepts ToleratedFailureCount and ToleratedFailurePercentage (literal or JSONata) on an inline Map and runs it. " + Doubtful,
        ["ASL1286"] = Schema,
        ["ASL1287"] = Schema,
        ["ASL1288"] = "Recorded: AWS accepts a legacy \"Iterator\" with \"ProcessorConfig\" (INLINE and DISTRIBUTED) and runs it as configured. A warning, to move to ItemProcessor.",
        ["ASL1289"] = Schema,
        ["ASL1290"] = Schema,
        ["ASL1291"] = Schema,
        ["ASL1292"] = SchemaValue,
        ["ASL1293"] = Schema,
        ["ASL1294"] = Schema,
        ["ASL1295"] = "The specification says an ItemBatcher MUST set at least one limit, a rule of the definition; AWS's answer has not been recorded, so the rule follows the specification.",
        ["ASL1296"] = "AWS rejects ResultWriter resources other than s3:putObject with INVALID_RESOURCE / SCHEMA_VALIDATION_FAILED.",
        ["ASL1297"] = Schema,
        ["ASL1298"] = "AWS accepts an empty ResultWriter and the Map fails when it runs (aws-cdk issue 33831). " + RunTime,
        ["ASL1299"] = "AWS rejects repeated labels with DUPLICATE_LABEL_NAME (documented error code).",
        ["ASL1301"] = "Recorded: Retry or Catch on a Pass, Choice, Wait, Succeed or Fail state gets \"Field ... is not supported\".",
        ["ASL1302"] = Schema,
        ["ASL1303"] = SchemaValue,
        ["ASL1304"] = SchemaValue,
        ["ASL1305"] = SchemaValue,
        ["ASL1306"] = SchemaValue,
        ["ASL1307"] = SchemaValue,
        ["ASL1308"] = Schema,
        ["ASL1309"] = "The specification says States.ALL MUST appear alone; LocalStack, which mirrors AWS's creation-time checks, refuses the definition.",
        ["ASL1310"] = Schema,
        ["ASL1311"] = "AWS accepts any error name: deployed AWS samples retry on States.TaskFailedId and catch States.QuorumMet / States.RanOutOfTime that their own Fail states raise. A warning, and none at all when a Fail state of the machine raises the name.",
        ["ASL1312"] = "AWS accepts it; the AWS documentation says States.DataLimitExceeded and States.Runtime are terminal and never retried or caught. " + Doubtful,
        ["ASL1313"] = "AWS accepts it; the earlier entry always wins. " + Doubtful,
        ["ASL1314"] = "AWS accepts it; without a heartbeat the error never occurs. " + Doubtful,
        ["ASL1316"] = "The specification says a States.ALL entry MUST be the last one, a rule of the definition that AWS's schema validation applies.",
        ["ASL1317"] = "AWS accepts it; the entry can never be reached. " + Doubtful,
        ["ASL1318"] = "AWS accepts it; only a distributed Map raises these errors. " + Doubtful,
        ["ASL1321"] = PathSyntax,
        ["ASL1322"] = "AWS parses every intrinsic call when the definition is created (an invalid one is \"not a valid intrinsic function call\"); the arity is part of each function's documented signature. Kept as an error; the exact AWS answer has not been recorded.",
        ["ASL1323"] = "The arguments' values are used only when the state runs, where a mismatch fails with States.IntrinsicFailure. " + RunTime,
        ["ASL1324"] = "The argument is evaluated only when the state runs, where a value that is not a path's fails with States.IntrinsicFailure. " + RunTime,
        ["ASL1325"] = "Argument values (chunk sizes, ranges, algorithms, lengths) are checked by the functions when the state runs, failing with States.IntrinsicFailure. " + RunTime,
        ["ASL1326"] = "The AWS documentation limits nesting to 10 intrinsic calls in one field, a limit of the definition. Kept as an error; the exact AWS answer has not been recorded.",
        ["ASL1327"] = PathSyntax,
        ["ASL1328"] = PathSyntax,
        ["ASL1329"] = "The value is produced only when the Fail state runs; an error name or cause that is not a string fails it with States.Runtime. " + RunTime,
        ["ASL1330"] = "States.Format's documented signature takes the template string first; AWS parses intrinsic calls when the definition is created. Kept as an error; the exact AWS answer has not been recorded.",
        ["ASL1341"] = SchemaValue,
        ["ASL1342"] = SchemaValue,
        ["ASL1343"] = SchemaValue,
        ["ASL1344"] = SchemaValue,
        ["ASL1345"] = SchemaValue,
        ["ASL1346"] = Schema,
        ["ASL1352"] = "An activity ARN with a name AWS could never have created is not a resource Step Functions can run: INVALID_RESOURCE (documented code).",
        ["ASL1353"] = "Recorded: AWS accepts the definition and the state fails with States.DataLimitExceeded \"The state/task 'State_1' returned a result with a size exceeding the maximum number of bytes service limit.\" " + RunTime,
        ["ASL1354"] = "AWS accepts the Wait; the execution reaches its time limit first. " + Doubtful,
        ["ASL1355"] = "AWS accepts the timeout; an EXPRESS execution ends at 5 minutes first. " + Doubtful,
        ["ASL1357"] = "AWS accepts the value and runs at most 10,000 child executions at a time (AWS documentation). " + Doubtful,
        ["ASL1358"] = "AWS accepts the expression and stops evaluating at depth 100 when it runs (measured), failing with States.QueryEvaluationError. " + RunTime,
        ["ASL1359"] = "One Assign may hold at most 256 KiB (AWS quotas page); the limit is enforced when the state runs (States.DataLimitExceeded). " + RunTime,
        ["ASL1360"] = "AWS accepts the Map; a STANDARD execution stops at 25,000 history events when it runs. " + Doubtful,
        ["ASL1361"] = "The 10 KiB CSV header quota is enforced when the distributed Map reads its items (States.ItemReaderFailed). " + RunTime,
    };

    /// <summary>The evidence for <paramref name="code"/>'s severity, or null when none is written down.</summary>
    public static string? Find(string code) => ByCode.TryGetValue(code, out var text) ? text : null;
}
