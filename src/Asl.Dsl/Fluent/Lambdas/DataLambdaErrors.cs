namespace Asl;

/// <summary>The refusals of data lambdas, carrying the sub-expression's origin and the diagnostic code the generator reports.</summary>
internal static class DataLambdaErrors
{
    /// <summary>The diagnostic id of C# a data lambda cannot translate.</summary>
    public const string UntranslatableCode = "ASL0040";

    /// <summary>The diagnostic id of a sub-expression only JSONata can express, in a JSONPath state.</summary>
    public const string NeedsJsonAtaCode = "ASL0041";

    /// <summary>The diagnostic id of a lambda that reads the state input as another type than the state receives.</summary>
    public const string InputTypeCode = "ASL0042";

    public static WorkflowDefinitionException NeedsJsonAta(DataExpression node, string reason) =>
        new($"'{node.Text}' needs JSONata: {reason}. Make the state JSONata with .QueryLanguage(QueryLanguage.JsonAta) "
            + "(or the machine with [StateMachine(QueryLanguage = QueryLanguage.JsonAta)]).")
        { Origin = node.Origin, Code = NeedsJsonAtaCode };

    /// <summary>A typed Assign in a JSONPath state whose Assign reads other data than the state input (<paramref name="what"/>).</summary>
    public static WorkflowDefinitionException AssignReadsOtherData(DataLambda lambda, string what) =>
        NeedsJsonAta(lambda.Body, $"in a JSONPath state Assign reads {what}, not the state input the lambda reads "
            + "(only a Pass that sets no result, a Wait and a Choice, without InputPath, assign from their input); JSONata's Assign reads the input as $states.input");

    public static WorkflowDefinitionException Untranslatable(DataExpression node, string reason) =>
        new($"'{node.Text}' cannot be translated to ASL: {reason}.") { Origin = node.Origin, Code = UntranslatableCode };
}
