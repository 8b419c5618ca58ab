using Microsoft.CodeAnalysis;

namespace Asl.Generators.Diagnostics;

/// <summary>
/// Every C#-usage diagnostic of the generator (ASL0xxx), and the deploy findings it reports on the state that needs a
/// permission (ASL0902, ASL0903), with stable ids and help links to docs/diagnostics/.
/// ASL rule findings (ASL1xxx) come from the shared rule catalogue, Asl.Diagnostics.AslRules.
/// </summary>
internal static class DiagnosticDescriptors
{
    public const string HelpLinkBase = Asl.Diagnostics.AslRules.DocsRoot + "diagnostics/";

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, "Asl.Usage", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");

    public static readonly DiagnosticDescriptor NotCompileTimeConstant = Error("ASL0001",
        "Value cannot be evaluated at compile time",
        "'{0}' cannot be evaluated at compile time: {1}");

    public static readonly DiagnosticDescriptor MalformedDefine = Error("ASL0002",
        "Missing or malformed Define()",
        "{0}; declare 'static Workflow Define() => Workflow.StartWith(...)...;' in the [StateMachine] class");

    public static readonly DiagnosticDescriptor InvalidWorkflowValue = Error("ASL0003",
        "The workflow rejected a value",
        "{0}");

    public static readonly DiagnosticDescriptor WrongChildInput = Error("ASL0004",
        "Child input has the wrong type",
        "The input of '{0}' does not fit state machine '{1}', which takes {2}: {3}; pass a {2}");

    public static readonly DiagnosticDescriptor MissingTaskToken = Error("ASL0005",
        "Callback task never passes the task token",
        "Task '{0}' waits for a task token, but its input never passes $$.Task.Token, so nobody can call SendTaskSuccess; add Context.TaskToken to the input");

    public static readonly DiagnosticDescriptor ExpressCannotWait = Error("ASL0006",
        "EXPRESS machines cannot wait for jobs or callbacks",
        "Task '{0}' uses '{1}', which EXPRESS state machines do not support; use the request-response pattern or make '{2}' a STANDARD machine");

    public static readonly DiagnosticDescriptor DuplicateMachineName = Error("ASL0007",
        "Two state machines share a name",
        "State machine name '{0}' is already used by {1}; give one of them another Name");

    public static readonly DiagnosticDescriptor NotPartial = Error("ASL0008",
        "[StateMachine] class must be partial",
        "Class '{0}' has [StateMachine] but is not partial, so its generated members cannot be added; mark it partial");

    public static readonly DiagnosticDescriptor InternalError = Error("ASL0009",
        "The Asl generator failed unexpectedly",
        "The Asl generator failed while processing '{0}': {1}. Please report this with the workflow that triggers it");

    public static readonly DiagnosticDescriptor UnsupportedSyntax = Error("ASL0010",
        "Unsupported syntax in Define()",
        "{0} is not supported when Define() is evaluated at compile time; {1}");

    public static readonly DiagnosticDescriptor LambdaHandlerSignature = Error("ASL0011",
        "Lambda handler the .NET runtime cannot call",
        "[LambdaFunction] method '{0}' {1}; the managed runtime calls a public method of a public, non-generic class that takes the event as a System.IO.Stream and returns void, Task, Stream or Task<Stream>");

    public static readonly DiagnosticDescriptor InvalidDeploymentSetting = Error("ASL0013",
        "Invalid deployment setting",
        "{0}");

    public static readonly DiagnosticDescriptor IneffectiveDeploymentSetting = new("ASL0014",
        "Deployment setting has no effect",
        "{0}", "Asl.Usage", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "ASL0014.md");

    /// <summary>ASL0902: the deploy template grants a wildcard, because the target is known only at run time.</summary>
    public static readonly DiagnosticDescriptor PermissionBroadened = new(Permissions.PermissionNote.BroadenedCode,
        "The deploy template grants a wildcard",
        "{0}", "Asl.Deploy", DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Permissions.PermissionNote.BroadenedCode + ".md");

    /// <summary>ASL0903: the state needs a permission the deploy template cannot grant.</summary>
    public static readonly DiagnosticDescriptor PermissionNotGranted = new(Permissions.PermissionNote.NotGrantedCode,
        "The deploy template cannot grant a permission",
        "{0}", "Asl.Deploy", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Permissions.PermissionNote.NotGrantedCode + ".md");

    public static readonly DiagnosticDescriptor LambdaFunctionName = Error("ASL0012",
        "Lambda function name is not a logical ID",
        "Lambda function name '{0}' {1}");

    public static readonly DiagnosticDescriptor QueryLanguageMismatch = Error("ASL0015",
        "Builder call of the other query language",
        "{0}");

    public static readonly DiagnosticDescriptor EvaluationLimit = Error("ASL0016",
        "Define() evaluation does not finish",
        "{0}: {1}. The build stops evaluating here");

    public static readonly DiagnosticDescriptor DefinitionFileNotFound = Error("ASL0017",
        "Definition file not found",
        "The definition file '{0}' is not among the project's AdditionalFiles (looked for '{1}'); give its path relative to the project folder, and make it an <AdditionalFiles> item (the Asl.Dsl package adds every **/*.asl.json)");

    public static readonly DiagnosticDescriptor DefinitionFileConflict = Error("ASL0018",
        "Definition file and C# definition together",
        "{0}");

    public static readonly DiagnosticDescriptor UntranslatableLambda = Error("ASL0040",
        "C# in a data lambda has no ASL translation",
        "{0}");

    public static readonly DiagnosticDescriptor NeedsJsonAta = Error("ASL0041",
        "Data lambda needs JSONata",
        "{0}");

    public static readonly DiagnosticDescriptor LambdaInputType = Error("ASL0042",
        "Data lambda reads the state input as the wrong type",
        "{0}");

    public static readonly DiagnosticDescriptor MachineOutputType = new("ASL0043",
        "State's output does not fit the machine's output type",
        "{0}", "Asl.Usage", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "ASL0043.md");

    /// <summary>The descriptor of a builder's rejection: the code it carries (a data lambda's), else ASL0003.</summary>
    public static DiagnosticDescriptor ForRejection(string? code) => code switch
    {
        "ASL0040" => UntranslatableLambda,
        "ASL0041" => NeedsJsonAta,
        "ASL0042" => LambdaInputType,
        _ => InvalidWorkflowValue,
    };
}
