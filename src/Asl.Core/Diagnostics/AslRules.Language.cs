namespace Asl.Diagnostics;

// Language rules: QueryLanguage, the fields each language allows, JSONata expressions and workflow variables.
// Codes follow the catalogue id (E11 -> ASL1111, G04 -> ASL1224, H02 -> ASL1242, I05 -> ASL1255); a catalogue id that
// needs a second, distinct finding takes a code from the extras (G 1235–1239, I 1261–1269).
//
// D07, D08 and E18 have no codes of their own: which fields a state type has at all is fixed by the model, so a
// field the type never allows is the reader's D05 finding, and a field that exists for the type but belongs to the
// other query language is H02 or H03 below. G13 (Output, Assign and ItemSelector take any JSON, with JSONata strings
// nested anywhere) is a rule of acceptance: the expression checks walk nested values and report at exact pointers.
public static partial class AslRules
{
    /// <summary>E11: a Task, ItemReader or ResultWriter <c>Resource</c> must be a literal ARN, never a JSONata string.</summary>
    public static readonly AslRule JsonAtaResource = Error("ASL1111", "E11", "JSONata expression in Resource",
        "\"{0}\" of state \"{1}\" is a JSONata expression, but a Resource must be a literal ARN: Step Functions never evaluates it. Name the resource directly and put the dynamic part in Arguments (for a Lambda function, use \"Resource\": \"arn:aws:states:::lambda:invoke\" with \"FunctionName\" in Arguments).");

    /// <summary>E19: JSONata <c>Arguments</c> must be a JSON object or a JSONata string.</summary>
    public static readonly AslRule InvalidJsonAtaArguments = Error("ASL1119", "E19", "Arguments is not an object or JSONata string",
        "\"{0}\" of state \"{1}\" is {2}, but Arguments must be a JSON object or a JSONata string \"{{% ... %}}\" that evaluates to one. Put the values in an object, or compute the whole value with one expression.");

    /// <summary>G01: the text between <c>{%</c> and <c>%}</c> must be a valid JSONata expression.</summary>
    public static readonly AslRule InvalidJsonAtaExpression = Error("ASL1221", "G01", "Invalid JSONata expression",
        "The JSONata expression in state \"{0}\" is not valid at position {1} of the string: {2}. Step Functions rejects the definition (INVALID_JSONATA_EXPRESSION).");

    /// <summary>G01 (second finding): a JSONata string with white space before <c>{%</c> or after <c>%}</c>.</summary>
    public static readonly AslRule PaddedJsonAtaString = Warning("ASL1236", "G01", "White space around a JSONata string",
        "This string in state \"{0}\" has white space outside {{% %}}. Step Functions evaluates a string as JSONata only when it starts with {{% and ends with %}}, so this value may be passed on as plain text. Remove the white space before {{% and after %}}.");

    /// <summary>G02: a JSONata string in a typed field of a JSONPath state, where it is plain text.</summary>
    public static readonly AslRule JsonAtaInJsonPathState = Error("ASL1222", "G02", "JSONata expression in a JSONPath state",
        "\"{0}\" of state \"{1}\" holds a JSONata expression, but the state's QueryLanguage is JSONPath, where {{% %}} is plain text and this field needs {2}. Set \"QueryLanguage\": \"JSONata\" on the state, or use {3}.");

    /// <summary>G03: object keys are never evaluated, so a JSONata string as a key is used as written.</summary>
    public static readonly AslRule JsonAtaObjectKey = Warning("ASL1223", "G03", "JSONata expression as an object key",
        "The key \"{0}\" in state \"{1}\" looks like a JSONata expression, but Step Functions evaluates only values, never keys, so the key is used as written. To compute keys, build the whole object in one expression, for example \"{{% {{ $name: $value }} %}}\".");

    /// <summary>G04: no <c>$</c> and no unqualified field name at the top level of an expression.</summary>
    public static readonly AslRule TopLevelInputReference = Error("ASL1224", "G04", "Input document referenced at the top level",
        "Reference to '{0}' at the top level is not supported (position {1} of the string, state \"{2}\"): Step Functions gives JSONata expressions no input document. Write {3} instead, or use a variable.");

    /// <summary>G05: <c>$$</c> is never allowed in a Step Functions JSONata expression.</summary>
    public static readonly AslRule DoubleDollarInJsonAta = Error("ASL1225", "G05", "$$ in a JSONata expression",
        "'$$' at position {0} of the string in state \"{1}\" is not allowed: Step Functions gives JSONata expressions no input document. Use $states.input for the state input and $states.context for the context object.");

    /// <summary>G06: <c>$states.result</c> only in the top-level Output and Assign of Task, Map and Parallel states.</summary>
    public static readonly AslRule StatesResultNotAvailable = Error("ASL1226", "G06", "$states.result where there is no result",
        "$states.result at position {0} is not available in {1} of state \"{2}\"; only the top-level Output and Assign of a Task, Map or Parallel state can use the result. {3}");

    /// <summary>G07: <c>$states.errorOutput</c> only in a Catcher's Output and Assign.</summary>
    public static readonly AslRule StatesErrorOutputNotAvailable = Error("ASL1227", "G07", "$states.errorOutput outside a Catcher",
        "$states.errorOutput at position {0} is not available in {1} of state \"{2}\"; only a Catcher's Output and Assign can use the error output. Move this expression into a Catcher, or use $states.input.");

    /// <summary>G08: Arguments must not reference <c>$states.result</c> or <c>$states.errorOutput</c>.</summary>
    public static readonly AslRule ArgumentsReferenceResult = Error("ASL1228", "G08", "Arguments references the result",
        "\"{0}\" of state \"{1}\" references $states.{2} at position {3}, but arguments are evaluated before the work runs, so there is no {4} yet. Use $states.input or variables.");

    /// <summary>G09: <c>$states</c> has only input, result, errorOutput and context.</summary>
    public static readonly AslRule UnknownStatesMember = Warning("ASL1229", "G09", "Unknown $states member",
        "$states.{0} at position {1} of the string in state \"{2}\" is always undefined: $states has only input, result, errorOutput and context.{3}");

    /// <summary>G10: <c>$eval</c> is not available in Step Functions.</summary>
    public static readonly AslRule EvalNotSupported = Error("ASL1230", "G10", "$eval is not supported",
        "$eval at position {0} of the string in state \"{1}\" is not supported by Step Functions. To turn a JSON string into a value, use $parse(...).");

    /// <summary>G10 (second finding): a Step Functions JSONata function called with the wrong arguments.</summary>
    public static readonly AslRule StepFunctionsFunctionMisused = Warning("ASL1235", "G10", "Step Functions JSONata function misused",
        "${0} at position {1} of the string in state \"{2}\" {3}, so the expression fails with States.QueryEvaluationError when it runs. Call it as {4}.");

    /// <summary>G10 (third finding): a JSONata function called with more or fewer arguments than its signature takes.</summary>
    public static readonly AslRule JsonAtaFunctionArity = Warning("ASL1238", "G10", "JSONata function called with the wrong number of arguments",
        "${0} at position {1} of the string in state \"{2}\" takes {3} but is given {4}, so the state fails with States.QueryEvaluationError (T0410) when the call is evaluated. Call it as {5}.");

    /// <summary>G10 (fourth finding): a call of a name that is neither a JSONata function nor a variable any state assigns.</summary>
    public static readonly AslRule UnknownJsonAtaFunction = Warning("ASL1239", "G10", "Unknown JSONata function",
        "${0} at position {1} of the string in state \"{2}\" is called, but it is neither a JSONata function nor a variable that a state assigns, so the state fails with States.QueryEvaluationError (T1006: Attempted to invoke a non-function) when the call is evaluated.{3}");

    /// <summary>G11: a typed field of a JSONata state holds a literal of the wrong kind, or an expression without <c>{% %}</c>.</summary>
    public static readonly AslRule JsonAtaFieldLiteralType = Error("ASL1231", "G11", "Wrong literal in a typed JSONata field",
        "\"{0}\" of state \"{1}\" is {2}, but it must be {3} or a JSONata string \"{{% ... %}}\" that evaluates to one.{4}");

    /// <summary>G12: JSONPath intrinsic functions (<c>States.*</c>) are plain text in JSONata states.</summary>
    public static readonly AslRule IntrinsicInJsonAtaState = Warning("ASL1232", "G12", "Intrinsic function in a JSONata state",
        "{0} in state \"{1}\" is the JSONPath intrinsic function States.{2}, which JSONata states do not have. Use {3} in a JSONata expression instead.");

    /// <summary>G12 (second finding): a <c>.$</c> key, JSONPath syntax, in a value a JSONata state evaluates.</summary>
    public static readonly AslRule PathKeyInJsonAtaState = Warning("ASL1237", "G12", "Key ending in .$ in a JSONata state",
        "The key \"{0}\" in state \"{1}\" ends in '.$', which only JSONPath states understand: here the key is kept as written and its value is not evaluated. Name the key \"{2}\" and give it a JSONata string \"{{% ... %}}\" as its value.");

    /// <summary>G14: a constant JSONata expression that can never have the type its field needs.</summary>
    public static readonly AslRule ConstantOfWrongType = Warning("ASL1234", "G14", "JSONata constant of the wrong type",
        "\"{0}\" of state \"{1}\" always evaluates to {2}, but the field needs {3}, so the state always fails with States.QueryEvaluationError. Give a value of the right type.");

    /// <summary>H01: a state's <c>QueryLanguage</c> must be exactly <c>"JSONPath"</c> or <c>"JSONata"</c>.</summary>
    public static readonly AslRule InvalidStateQueryLanguage = Error("ASL1241", "H01", "Invalid state QueryLanguage",
        "\"QueryLanguage\" of state \"{0}\" is \"{1}\", but it must be exactly \"JSONPath\" or \"JSONata\"{2}. Fix the value, or remove the field to use the state machine's language.");

    /// <summary>H02: a JSONata-only field in a state whose query language is JSONPath.</summary>
    public static readonly AslRule JsonAtaFieldInJsonPathState = Error("ASL1242", "H02", "JSONata field in a JSONPath state",
        "The QueryLanguage is set to 'JSONPath', but field '{0}' is only supported for the 'JSONata' QueryLanguage (state \"{1}\"). Use {2} instead, or set \"QueryLanguage\": \"JSONata\" on the state.");

    /// <summary>H03: a JSONPath-only field in a state whose query language is JSONata.</summary>
    public static readonly AslRule JsonPathFieldInJsonAtaState = Error("ASL1243", "H03", "JSONPath field in a JSONata state",
        "The QueryLanguage is set to 'JSONata', but field '{0}' is only supported for the 'JSONPath' QueryLanguage (state \"{1}\"). Use {2} instead.");

    /// <summary>H04: a state may not declare JSONPath when the state machine declares JSONata.</summary>
    public static readonly AslRule JsonPathStateInJsonAtaMachine = Error("ASL1244", "H04", "JSONPath state in a JSONata state machine",
        "'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine (state \"{0}\"). Remove the state's QueryLanguage and write its fields in JSONata, or set the state machine to JSONPath and give each JSONata state \"QueryLanguage\": \"JSONata\".");

    /// <summary>H05: a nested state inherits the machine's QueryLanguage, not the enclosing Map's or Parallel's.</summary>
    public static readonly AslRule NestedStateInheritsMachineLanguage = Error("ASL1245", "H05", "Nested state does not inherit its parent's QueryLanguage",
        "Field '{0}' of state \"{1}\" needs JSONata, but the state's QueryLanguage is JSONPath: states inside {2} inherit the state machine's QueryLanguage, not the \"QueryLanguage\" of \"{3}\". Set \"QueryLanguage\": \"JSONata\" on this state, or at the top level of the state machine.");

    /// <summary>I01: <c>Assign</c> must be a JSON object.</summary>
    public static readonly AslRule AssignNotObject = Error("ASL1251", "I01", "Assign is not an object",
        "\"Assign\" of {0} is {1}, but it must be a JSON object whose keys name the variables to set, as in {{\"total\": 0}}.");

    /// <summary>I02: Choice rules nested inside And, Or or Not cannot assign variables.</summary>
    public static readonly AslRule AssignInNestedChoiceRule = Error("ASL1252", "I02", "Assign in a nested Choice rule",
        "A Choice rule nested inside And, Or or Not cannot assign variables (state \"{0}\"). Move \"Assign\" to the top-level Choice rule, the one with \"Next\".");

    /// <summary>I03: variable names are 1 to 80 characters, ID_Start then ID_Continue (UAX #31).</summary>
    public static readonly AslRule InvalidVariableName = Error("ASL1253", "I03", "Invalid variable name",
        "\"{0}\" in state \"{1}\" is not a valid variable name: {2}. A variable name has 1 to 80 characters; the first is a letter (Unicode ID_Start) and the others letters, digits, combining marks or connectors such as _ (Unicode ID_Continue).");

    /// <summary>I04: no state may assign the reserved variable <c>states</c>.</summary>
    public static readonly AslRule ReservedVariableName = Error("ASL1254", "I04", "Reserved variable name",
        "State \"{0}\" assigns the variable \"states\", which is reserved: $states holds the state's input, result, error output and context. Choose another name.");

    /// <summary>I05: a variable must be assigned before it is used, in the same or an enclosing scope.</summary>
    public static readonly AslRule UnassignedVariable = Warning("ASL1255", "I05", "Variable used before it is assigned",
        "${0} in state \"{1}\" has no value: {2}. AWS accepts the definition, but the execution fails when this state reads it (States.QueryEvaluationError in JSONata, States.Runtime in JSONPath). Assign it in a state that always runs before \"{1}\", in the same scope or an enclosing one.");

    /// <summary>I05 (second finding): a variable assigned on some paths to a state but not on all of them.</summary>
    public static readonly AslRule PossiblyUnassignedVariable = Warning("ASL1261", "I05", "Variable may be unassigned",
        "${0} in state \"{1}\" may have no value: it is assigned on some paths that lead to \"{1}\" but not on every one. Assign it on every path, for example in a state before the paths split.");

    /// <summary>I06: a state in an inner scope must not assign a variable of an outer scope.</summary>
    public static readonly AslRule InnerScopeAssignsOuterVariable = Warning("ASL1256", "I06", "Inner scope assigns an outer variable",
        "State \"{0}\" inside {1} assigns \"{2}\", which the enclosing scope also assigns (state \"{3}\"). The specification forbids it (AWS accepts it, but the inner value never reaches the outer scope); rename the inner variable, and pass values out through the state output.");

    /// <summary>I07: no reference to a variable of a sibling branch or of another Map iteration.</summary>
    public static readonly AslRule VariableFromOtherScope = Warning("ASL1257", "I07", "Variable of another branch or iteration",
        "${0} in state \"{1}\" {2}, so the execution fails when this state reads it. Parallel branches and Map iterations each have their own variables; {3}");

    /// <summary>I10: a literal variable value larger than the 256 KiB a variable may hold.</summary>
    public static readonly AslRule VariableTooLarge = Warning("ASL1260", "I10", "Literal variable over 256 KiB",
        "Variable \"{0}\" of state \"{1}\" is assigned a literal of {2:N0} bytes, more than the 262,144 bytes (256 KiB) one variable may hold: AWS accepts the definition, but the state always fails with States.DataLimitExceeded. Keep large data in S3 or DynamoDB and assign a reference.");
}
