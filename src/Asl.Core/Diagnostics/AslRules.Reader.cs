namespace Asl.Diagnostics;

// The shape rules that the JSON reader reports: everything that concerns the JSON text itself and every
// field that the model has no place for (unknown, misplaced or of the wrong JSON type).
// Extras 1090-1099 cover shape problems that no catalogue entry names more precisely.
public static partial class AslRules
{
    /// <summary>A01: the definition is not JSON (syntax error or invalid UTF-8).</summary>
    public static readonly AslRule InvalidJson = Error("ASL1001", "A01", "Definition is not valid JSON",
        "The definition is not valid JSON: {0} (line {1}, column {2}). Fix the JSON syntax at that position.");

    /// <summary>A02: the definition is empty or only white space.</summary>
    public static readonly AslRule EmptyDefinition = Error("ASL1002", "A02", "Definition is empty",
        "The definition is empty. Write a JSON object with \"StartAt\" and \"States\".");

    /// <summary>A03: the JSON root is not an object.</summary>
    public static readonly AslRule RootNotObject = Error("ASL1003", "A03", "Definition root is not an object",
        "The definition is a JSON {0}, but it must be a JSON object with \"StartAt\" and \"States\".");

    /// <summary>A04: a JSON object has the same key more than once (any object, payloads included).</summary>
    public static readonly AslRule DuplicateKey = Warning("ASL1004", "A04", "Duplicate key",
        "Key \"{0}\" appears {1} times in this object (first at line {2}, column {3}); parsers keep only one of them (AWS's parser and this reader keep the last), so the others are silently lost. Remove or rename the repeats.");

    /// <summary>
    /// A05 (and N01, the same quota): the definition is longer than the 1,048,576 characters that
    /// CreateStateMachine accepts. Reported as a finding; the definition is still read.
    /// </summary>
    public static readonly AslRule DefinitionTooLong = Error("ASL1005", "A05", "Definition too long",
        "The definition has {0:N0} characters, more than the 1,048,576 that AWS accepts. Split it into smaller state machines or move large literals into the input.");

    /// <summary>B01: <c>States</c> is missing or is not an object (top level and nested machines).</summary>
    public static readonly AslRule StatesMissingOrNotObject = Error("ASL1021", "B01", "States missing or not an object",
        "\"States\" is {0}; it must be an object that maps state names to states.");

    /// <summary>B02: <c>StartAt</c> is missing or is not a string (top level and nested machines).</summary>
    public static readonly AslRule StartAtMissingOrNotString = Error("ASL1022", "B02", "StartAt missing or not a string",
        "\"StartAt\" is {0}; it must be a string naming the first state in \"States\".");

    /// <summary>B04: the top-level <c>Comment</c> is not a string.</summary>
    public static readonly AslRule TopLevelCommentNotString = Error("ASL1024", "B04", "Comment is not a string",
        "The top-level \"Comment\" is {0}; it must be a string. Quote it or remove it.");

    /// <summary>B08: a top-level field that ASL does not define.</summary>
    public static readonly AslRule UnknownTopLevelField = Error("ASL1028", "B08", "Unknown top-level field",
        "Field \"{0}\" is not supported at the top level. Allowed: Comment, QueryLanguage, Version, TimeoutSeconds, StartAt, States; remove it or fix its spelling.");

    /// <summary>B09: a field that a nested machine (Parallel branch, ItemProcessor, Iterator) does not allow.</summary>
    public static readonly AslRule UnknownNestedMachineField = Error("ASL1029", "B09", "Field not allowed in a nested machine",
        "Field \"{0}\" is not supported in {1}. Allowed: {2}; remove it.");

    /// <summary>D01: a state has no <c>Type</c>, or one that is not one of the eight state types.</summary>
    public static readonly AslRule InvalidStateType = Error("ASL1061", "D01", "Missing or unknown state Type",
        "The state has {0}; \"Type\" must be one of Pass, Task, Choice, Wait, Succeed, Fail, Parallel or Map. The state is left out of the model until this is fixed.");

    /// <summary>D03 (type): <c>End</c> is not a boolean.</summary>
    public static readonly AslRule EndNotBoolean = Error("ASL1063", "D03", "End is not a boolean",
        "\"End\" is {0}; it must be true (or be removed and replaced by \"Next\").");

    /// <summary>D04: Choice, Succeed and Fail states must not have <c>Next</c> or <c>End</c>.</summary>
    public static readonly AslRule TransitionOnTerminalOrChoice = Error("ASL1064", "D04", "Next or End on a Choice, Succeed or Fail state",
        "A {1} state must not have \"{0}\". {2}");

    /// <summary>D05: a field that the state's type does not support.</summary>
    public static readonly AslRule UnknownStateField = Error("ASL1065", "D05", "Field not supported by the state type",
        "Field \"{0}\" is not supported on a {1} state. Remove it or fix its spelling; a {1} state allows {2}.");

    /// <summary>D06: a <c>Comment</c> (on a state, rule, retrier, catcher or nested machine) is not a string.</summary>
    public static readonly AslRule CommentNotString = Error("ASL1066", "D06", "Comment is not a string",
        "\"Comment\" is {0}; it must be a string. Quote it or remove it.");

    /// <summary>D09: TimeoutSeconds, HeartbeatSeconds and their Path forms are Task-only.</summary>
    public static readonly AslRule TimeoutOutsideTask = Error("ASL1069", "D09", "Timeout or heartbeat outside a Task",
        "Field \"{0}\" is supported only on Task states, not on a {1} state. Remove it; to bound a {1} state's time, set timeouts on the Tasks inside it.");

    /// <summary>E02: Pass must not have ResultSelector or Arguments.</summary>
    public static readonly AslRule PassFieldNotAllowed = Error("ASL1102", "E02", "Field not allowed on Pass",
        "A Pass state does not support \"{0}\". Remove it; use \"Parameters\" (JSONPath) or \"Output\" (JSONata) to shape the Pass state's output.");

    /// <summary>E30 (shape): <c>Choices</c> is missing, not an array, or holds a non-object (reader), or is empty (validator, on any model).</summary>
    public static readonly AslRule ChoicesShape = Error("ASL1130", "E30", "Choices missing or malformed",
        "\"Choices\" {0}; a Choice state needs a non-empty array of rule objects, each with a \"Next\".");

    /// <summary>E60: fields a Succeed state does not allow (besides Next/End, see D04).</summary>
    public static readonly AslRule SucceedFieldNotAllowed = Error("ASL1160", "E60", "Field not allowed on Succeed",
        "A Succeed state does not support \"{0}\". Remove it; a Succeed state only passes its input on (InputPath/OutputPath in JSONPath, Output in JSONata).");

    /// <summary>E73: fields a Fail state does not allow (besides Next/End, see D04).</summary>
    public static readonly AslRule FailFieldNotAllowed = Error("ASL1173", "E73", "Field not allowed on Fail",
        "A Fail state does not support \"{0}\". Remove it; a Fail state has only Error/ErrorPath and Cause/CausePath.");

    /// <summary>E80 (shape): <c>Branches</c> is missing, not an array, or holds a non-object.</summary>
    public static readonly AslRule BranchesShape = Error("ASL1180", "E80", "Branches missing or malformed",
        "\"Branches\" {0}; a Parallel state needs an array of branch objects, each with \"StartAt\" and \"States\".");

    /// <summary>H06: ItemProcessor and Iterator must not contain QueryLanguage.</summary>
    public static readonly AslRule QueryLanguageInProcessor = Error("ASL1246", "H06", "QueryLanguage inside ItemProcessor",
        "Field \"QueryLanguage\" is not supported in {0}. Remove it; set \"QueryLanguage\" on the Map state or on the states inside.");

    /// <summary>K01: Retry and Catch are allowed only on Task, Parallel and Map.</summary>
    public static readonly AslRule RetryCatchNotAllowed = Error("ASL1301", "K01", "Retry or Catch on a state that cannot fail",
        "Field \"{0}\" is supported only on Task, Parallel and Map states, not on a {1} state. Remove it.");

    /// <summary>K08: a field that a Retrier or Catcher does not define.</summary>
    public static readonly AslRule UnknownRetrierOrCatcherField = Error("ASL1308", "K08", "Unknown Retrier or Catcher field",
        "Field \"{0}\" is not supported in a {1}. Allowed: {2}; remove it or fix its spelling.");

    /// <summary>M06: a Choice rule field that is no comparison operator, combinator or rule field.</summary>
    public static readonly AslRule UnknownChoiceOperator = Error("ASL1346", "M06", "Unknown Choice operator",
        "\"{0}\" is not a Choice rule field or comparison operator. Use one of the String*, Numeric*, Boolean*, Timestamp* or Is* operators, And/Or/Not, or Condition (JSONata); check the spelling and case.");

    /// <summary>A structural field has the wrong JSON type; the field is left out of the model.</summary>
    public static readonly AslRule WrongJsonType = Error("ASL1090", "", "Field has the wrong JSON type",
        "\"{0}\" is {1}, but it must be {2}. The field is ignored until this is fixed.");

    /// <summary>A required field is missing; the model uses an empty value in its place.</summary>
    public static readonly AslRule RequiredFieldMissing = Error("ASL1091", "", "Required field missing",
        "{0} requires \"{1}\". Add it: {2}.");

    /// <summary>A field that a non-state object (ProcessorConfig, ItemReader, ItemBatcher, ...) does not define.</summary>
    public static readonly AslRule UnknownObjectField = Error("ASL1092", "", "Unknown field",
        "Field \"{0}\" is not supported in {1}. Allowed: {2}; remove it or fix its spelling.");

    /// <summary>JSON nested deeper than the reader accepts; no model is built.</summary>
    public static readonly AslRule JsonNestingTooDeep = Error("ASL1093", "", "JSON nested too deeply",
        "The JSON is nested more than {0} levels deep here (line {1}, column {2}). No state machine needs that; flatten the value.");

    /// <summary>
    /// Checking the definition needed more work than the budget allows (<see cref="Validation.ValidationOptions.WorkBudget"/>),
    /// or its findings more text than the reader reports: the last line of defence that keeps validation bounded.
    /// </summary>
    public static readonly AslRule ValidationBudgetExceeded = Error("ASL1095", "", "Validation stopped: work budget spent",
        "Validation stopped early: {0}. Only part of the definition was checked, so it is not known to be valid; the other findings are those found before it stopped. Definitions that AWS accepts need far less: shrink the oversized or deeply nested part, or raise the budget (asl validate --work-budget).");

    /// <summary>The definition file could not be read (missing, no permission, a directory, ...).</summary>
    public static readonly AslRule FileUnreadable = Error("ASL1094", "", "Definition file unreadable",
        "The definition file \"{0}\" could not be read: {1} Check the path and the file's permissions.");
}
