namespace Asl.Diagnostics;

// Path rules: JSONPath paths and payload templates (F01–F11), intrinsic functions (L01–L09), Choice rules
// (E31–E37, E40, M01–M05) and the Reference Path fields of Task, Wait and Fail (E16, E53, E71). Codes follow the
// catalogue id (F01 -> ASL1201, L01 -> ASL1321, M01 -> ASL1341, E16 -> ASL1116); a catalogue id that needs a
// second, distinct finding takes a code from the extras (E 1190–1194, F 1212–1219, L 1330–1339, M 1347–1349).
// E42 (Comment is allowed on every Choice rule) forbids nothing, so it has no code; the model carries Comment.
// Messages that quote a failed parse show the position first, for example: at character 5 ("$.a «b»"): unexpected 'b'.
public static partial class AslRules
{
    /// <summary>F01: a path field (InputPath, OutputPath, ResultPath, ItemsPath, a <c>*Path</c> field, a <c>.$</c> value) does not parse as JSONPath.</summary>
    public static readonly AslRule InvalidPath = Error("ASL1201", "F01", "Invalid path",
        "\"{0}\" is not a valid path {1}. A path starts with $ (the input), $$ (the context object) or $name (a variable), for example $.order.items[0].");

    /// <summary>F01 (second finding): a filter compares with an unquoted word, which AWS accepts but its JSONPath can not evaluate.</summary>
    public static readonly AslRule UnquotedFilterWord = Warning("ASL1212", "F01", "Unquoted word in a filter",
        "\"{0}\" {1}. AWS accepts the definition, but the state is likely to fail with States.Runtime when it evaluates this path.");

    /// <summary>F02: a field that needs a Reference Path (a single node) holds a path that can select several.</summary>
    public static readonly AslRule NotReferencePath = Error("ASL1202", "F02", "Reference Path required",
        "\"{0}\" must be a Reference Path that selects a single value, but \"{1}\" {2}. Use only field names and non-negative indexes, for example $.order.items[0].");

    /// <summary>F03: <c>ResultPath</c> must point into the input (<c>$</c>), not the context object or a variable.</summary>
    public static readonly AslRule ResultPathOutsideInput = Error("ASL1203", "F03", "ResultPath outside the input",
        "\"ResultPath\" is \"{0}\", but a result can only be placed into the state's input ($...), not into {1}. Use a path that starts with $ (for example $.result), and store values in variables with \"Assign\" instead.");

    /// <summary>F04: <c>ItemsPath</c> must not be null (InputPath, OutputPath and ResultPath may be). Reported by the reader, which sees the null.</summary>
    public static readonly AslRule ItemsPathNull = Error("ASL1204", "F04", "ItemsPath is null",
        "\"ItemsPath\" is null, but it must select the array to iterate over. Remove the field to iterate over the whole input ($), or set a Reference Path such as $.items.");

    /// <summary>F05: intrinsic functions are not allowed in InputPath, OutputPath, ResultPath or the <c>*Path</c> fields (ErrorPath and CausePath excepted).</summary>
    public static readonly AslRule IntrinsicInPathField = Error("ASL1205", "F05", "Intrinsic function in a path field",
        "\"{0}\" calls the intrinsic function {1}, but only payload template fields (keys ending in \".$\"), ErrorPath and CausePath may call intrinsic functions. Compute the value in \"Parameters\" or \"Assign\" of an earlier state and refer to it here with a path.");

    /// <summary>F06: the value of a payload template key ending in <c>.$</c> must be a path or an intrinsic call.</summary>
    public static readonly AslRule InvalidDollarValue = Error("ASL1206", "F06", "Invalid value of a .$ field",
        "\"{0}\" ends in \".$\", so its value must be a path ($..., $$..., $name...) or an intrinsic function call, but it is {1}. Use a path or a call such as States.Format('...', $.x), or remove \".$\" from the key to pass the value as it is.");

    /// <summary>F07: two payload template keys give the same output field once <c>.$</c> is removed (<c>a</c> and <c>a.$</c>).</summary>
    public static readonly AslRule DuplicatePayloadField = Warning("ASL1207", "F07", "Duplicate payload field",
        "\"{0}\" and \"{1}\" both produce the field \"{2}\" (\".$\" is removed from the output key), so one of them is lost. Keep only one of them.");

    /// <summary>F08: a payload template (Parameters, ResultSelector, ItemSelector, BatchInput, ItemReader/ResultWriter Parameters, Credentials) must be a JSON object.</summary>
    public static readonly AslRule PayloadTemplateNotObject = Error("ASL1208", "F08", "Payload template is not an object",
        "\"{0}\" must be a JSON object (a payload template), but it is {1}. Wrap the value in an object, for example {{\"value.$\": \"$.x\"}}.");

    /// <summary>F09 (AWS NO_DOLLAR): a value looks like a path or intrinsic call, but its key does not end in <c>.$</c>.</summary>
    public static readonly AslRule PathValueWithoutDollarKey = Warning("ASL1209", "F09", "Path value under a key without .$",
        "\"{0}\" holds \"{1}\", which looks like {2}, but the key does not end in \".$\", so the text is passed on literally. Rename the key to \"{0}.$\" to evaluate it.");

    /// <summary>F10 (AWS NO_PATH): a field that takes a literal holds a string that looks like a path.</summary>
    public static readonly AslRule PathValueInLiteralField = Warning("ASL1210", "F10", "Path in a field that takes a literal",
        "\"{0}\" holds \"{1}\", which looks like a path, but \"{0}\" takes a literal value and does not read the input. Use \"{2}\" to read the value from a path.");

    /// <summary>F11: <c>$$.Map.Item.*</c> is set only while a Map builds an item's input (ItemSelector, or the legacy Map Parameters).</summary>
    public static readonly AslRule MapContextOutsideItemSelector = Warning("ASL1211", "F11", "Map item context read outside ItemSelector",
        "\"{0}\" reads {1}, but the context object has \"Map\" only while a Map state builds each item's input in its \"ItemSelector\"; here it selects nothing. Read it in the Map's ItemSelector and pass it on as a field of the item.");

    /// <summary>L01: an intrinsic function name that is not one of the 18 functions.</summary>
    public static readonly AslRule UnknownIntrinsicFunction = Error("ASL1321", "L01", "Unknown intrinsic function",
        "\"{0}\" calls {1}, which is not an intrinsic function. {2}");

    /// <summary>L02: an intrinsic function called with the wrong number of arguments.</summary>
    public static readonly AslRule IntrinsicArgumentCount = Error("ASL1322", "L02", "Wrong number of intrinsic arguments",
        "\"{0}\" calls {1} with {2}, but it takes {3}. Pass {3}.");

    /// <summary>L03: the <c>{}</c> placeholders of States.Format do not match the number of values after the template.</summary>
    public static readonly AslRule FormatPlaceholderCount = Warning("ASL1323", "L03", "States.Format placeholders and values differ",
        "\"{0}\": the States.Format template has {1} but is given {2}, so the state fails with States.IntrinsicFailure when it runs. Pass one value per {{}}, or write \\{{ and \\}} for literal braces.");

    /// <summary>L03 (second finding): the first argument of States.Format must be the template string.</summary>
    public static readonly AslRule FormatTemplateNotString = Error("ASL1330", "L03", "States.Format template is not a string",
        "\"{0}\": the first argument of States.Format must be the template string, but it is {1}. Put the template first, for example States.Format('Hello {{}}', $.name).");

    /// <summary>L04: the argument of States.JsonToString must be a path.</summary>
    public static readonly AslRule JsonToStringArgumentNotPath = Warning("ASL1324", "L04", "States.JsonToString argument is not a path",
        "\"{0}\": States.JsonToString serializes the value at a path, but its argument is {1}, so the state fails with States.IntrinsicFailure when it runs. Pass a path such as $.order.");

    /// <summary>L05: a literal intrinsic argument that can never be valid (chunk size, range, hash algorithm, length limits, integers, JsonMerge's third argument).</summary>
    public static readonly AslRule InvalidIntrinsicArgument = Warning("ASL1325", "L05", "Invalid intrinsic argument",
        "\"{0}\": argument {1} of {2} is {3}, but {4}; the state fails with States.IntrinsicFailure when it runs.");

    /// <summary>L06: intrinsic calls are nested more than 10 deep in one field.</summary>
    public static readonly AslRule IntrinsicNestingTooDeep = Error("ASL1326", "L06", "Intrinsic functions nested too deeply",
        "\"{0}\" nests intrinsic function calls too deeply {1}. Split the computation over several fields or states.");

    /// <summary>L07: the text of an intrinsic function call does not parse.</summary>
    public static readonly AslRule InvalidIntrinsicSyntax = Error("ASL1327", "L07", "Invalid intrinsic function syntax",
        "\"{0}\" is not a valid intrinsic function call {1}. Calls look like States.Format('text {{}}', $.path); strings use single quotes, and \\', \\{{, \\}} and \\\\ escape those characters.");

    /// <summary>L08: an intrinsic call where a path is required (Choice Variable, comparison <c>*Path</c> operands).</summary>
    public static readonly AslRule IntrinsicNotAllowedHere = Error("ASL1328", "L08", "Intrinsic function not allowed here",
        "\"{0}\" calls the intrinsic function {1}, but it must be a path. Intrinsic functions are allowed only in payload template fields (keys ending in \".$\"), ErrorPath and CausePath; compute the value in \"Parameters\" or \"Assign\" first and test it here with a path.");

    /// <summary>L09 (with E71): ErrorPath and CausePath accept only intrinsic functions that return strings.</summary>
    public static readonly AslRule ErrorPathIntrinsicNotString = Warning("ASL1329", "L09", "Intrinsic in ErrorPath/CausePath does not return a string",
        "\"{0}\" calls {1}, which returns {2}, but an error name or cause must be a string, so the Fail state fails with States.Runtime when it runs. Use States.Format, States.JsonToString, States.ArrayGetItem, States.Base64Encode, States.Base64Decode, States.Hash or States.UUID, or a Reference Path.");

    /// <summary>M01: String comparison operators take a string.</summary>
    public static readonly AslRule StringOperandExpected = Error("ASL1341", "M01", "String comparison needs a string",
        "\"{0}\" compares strings, so its value must be a string, but it is {1}. {2}");

    /// <summary>M02: Numeric comparison operators take a number.</summary>
    public static readonly AslRule NumericOperandExpected = Error("ASL1342", "M02", "Numeric comparison needs a number",
        "\"{0}\" compares numbers, so its value must be a number, but it is {1}. {2}");

    /// <summary>M03: BooleanEquals takes true or false.</summary>
    public static readonly AslRule BooleanOperandExpected = Error("ASL1343", "M03", "BooleanEquals needs a boolean",
        "\"{0}\" compares booleans, so its value must be true or false, but it is {1}. {2}");

    /// <summary>M04: Timestamp comparison operators take an RFC 3339 timestamp string.</summary>
    public static readonly AslRule TimestampOperandExpected = Error("ASL1344", "M04", "Timestamp comparison needs a timestamp",
        "\"{0}\" compares timestamps, so its value must be an RFC 3339 timestamp string such as \"2024-01-31T12:00:00Z\", but {1}. {2}");

    /// <summary>M05: the type tests (IsNull, IsPresent, IsNumeric, IsString, IsBoolean, IsTimestamp) take true or false.</summary>
    public static readonly AslRule TypeTestOperandExpected = Error("ASL1345", "M05", "Type test needs a boolean",
        "\"{0}\" is a type test, so its value must be true (the type matches) or false (it does not), but it is {1}.");

    /// <summary>E16: TimeoutSecondsPath and HeartbeatSecondsPath must be Reference Paths.</summary>
    public static readonly AslRule TaskSecondsPathNotReference = Error("ASL1116", "E16", "Invalid Task timeout or heartbeat path",
        "\"{0}\" must be a Reference Path to a number of seconds, but \"{1}\" {2}. Use field names and non-negative indexes only, for example $.timeoutSeconds.");

    /// <summary>E31: every top-level Choice rule needs <c>Next</c>.</summary>
    public static readonly AslRule ChoiceRuleWithoutNext = Error("ASL1131", "E31", "Choice rule without Next",
        "This Choice rule has no \"Next\". Every top-level rule must name the state to go to when it matches; add \"Next\".");

    /// <summary>E32: rules nested inside And, Or or Not must not have Next, Assign or Output.</summary>
    public static readonly AslRule NestedRuleField = Error("ASL1132", "E32", "Next, Assign or Output on a nested Choice rule",
        "\"{0}\" is not allowed on a rule nested inside And, Or or Not; only a top-level rule {1}. Move \"{0}\" to the enclosing top-level rule.");

    /// <summary>E33: a JSONPath rule is a data test (Variable plus one comparison) or a Boolean rule (exactly one of And, Or, Not).</summary>
    public static readonly AslRule ChoiceRuleShape = Error("ASL1133", "E33", "Malformed Choice rule",
        "This Choice rule {0}. A rule is either a data test (\"Variable\" and exactly one comparison operator) or a Boolean rule (exactly one of \"And\", \"Or\", \"Not\").");

    /// <summary>E34: And and Or must list at least one rule.</summary>
    public static readonly AslRule EmptyBooleanRule = Error("ASL1134", "E34", "Empty And or Or",
        "\"{0}\" is an empty array, but it must list at least one rule. Add the rules to combine, or remove \"{0}\".");

    /// <summary>E35: <c>Variable</c> must be a path.</summary>
    public static readonly AslRule InvalidChoiceVariable = Error("ASL1135", "E35", "Choice Variable is not a path",
        "\"Variable\" must be a path to the value to test, but \"{0}\" {1}. Use a path such as $.status, $$.Execution.Input.status or $myVariable.");

    /// <summary>E36: the <c>*Path</c> comparison operators take a path.</summary>
    public static readonly AslRule InvalidComparisonPath = Error("ASL1136", "E36", "Comparison path is not a path",
        "\"{0}\" compares with a value read from a path, so its value must be a path, but it {1}. Use a path such as $.threshold, or \"{2}\" to compare with a literal.");

    /// <summary>E37: in a StringMatches pattern only <c>\*</c> and <c>\\</c> are escapes, and a backslash must escape something.</summary>
    public static readonly AslRule InvalidStringMatchesPattern = Warning("ASL1137", "E37", "Invalid StringMatches pattern",
        "The StringMatches pattern \"{0}\" {1}. In a pattern, * matches any text, \\* is a literal asterisk and \\\\ a literal backslash (in JSON: \"\\\\*\" and \"\\\\\\\\\").");

    /// <summary>E40: a Choice without <c>Default</c> fails with States.NoChoiceMatched when no rule matches.</summary>
    public static readonly AslRule ChoiceWithoutDefault = Warning("ASL1140", "E40", "Choice without Default",
        "Choice state \"{0}\" has no \"Default\", so an input that matches none of its rules fails the execution with States.NoChoiceMatched. Add \"Default\" naming the state to go to otherwise.");

    /// <summary>E53: SecondsPath and TimestampPath must be Reference Paths.</summary>
    public static readonly AslRule WaitPathNotReference = Error("ASL1153", "E53", "Invalid Wait path",
        "\"{0}\" must be a Reference Path to {1}, but \"{2}\" {3}. Use field names and non-negative indexes only, for example {4}.");

    /// <summary>E71: ErrorPath and CausePath must be a Reference Path or an intrinsic function call.</summary>
    public static readonly AslRule FailPathInvalid = Error("ASL1171", "E71", "Invalid ErrorPath or CausePath",
        "\"{0}\" must be a Reference Path or an intrinsic function call that returns a string, but \"{1}\" {2}. Use a path such as $.error or a call such as States.Format('Failed: {{}}', $.reason).");
}
