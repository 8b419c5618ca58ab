using System.Linq;
using System.Text.RegularExpressions;
using Asl.Diagnostics;
using Asl.Json;
using Asl.JsonAta;
using Asl.Model;

namespace Asl.Validation;

// E19, G01, G03–G10, G12 and G13: the JSONata strings of a JSONata state, wherever they are nested.
internal sealed partial class LanguageRules
{
    private static readonly Regex IntrinsicText = new(@"^\s*States\.([A-Za-z0-9]+)\s*\(", RegexOptions.CultureInvariant);

    private static readonly string[] StatesMembers = { "input", "result", "errorOutput", "context" };

    /// <summary>Checks every field a JSONata state evaluates and collects its variable references.</summary>
    private static void CheckJsonAtaFields(ValidationContext context, StateSite site, VariableUses variables)
    {
        foreach (var field in JsonAtaFieldsOf(site))
        {
            if (field.IsArguments) CheckArgumentsShape(context, site, field);
            if (!IsJsonAtaLike((field.Value as AslJsonString)?.Value)) CheckTypedLiteral(context, site, field);
            WalkValue(context, site, field, field.Value, field.Pointer, variables, keysAreVariables: field.IsAssign, isFieldValue: true);
        }
    }

    /// <summary>E19: Arguments is an object, or one JSONata string that computes it.</summary>
    private static void CheckArgumentsShape(ValidationContext context, StateSite site, JsonAtaField field)
    {
        switch (field.Value)
        {
            case AslJsonObject:
            case AslJsonString s when IsJsonAtaLike(s.Value) || Values.IsPlaceholder(s.Value):
                return;
            default:
                context.Report(AslRules.InvalidJsonAtaArguments, field.Pointer, field.Label, site.Name, Describe(field.Value));
                return;
        }
    }

    /// <summary>G13: Output, Assign, Arguments and ItemSelector take any JSON, with JSONata strings at any depth.</summary>
    private static void WalkValue(ValidationContext context, StateSite site, JsonAtaField field, AslJson value, LazyPointer pointer,
        VariableUses variables, bool keysAreVariables = false, bool isFieldValue = false)
    {
        switch (value)
        {
            case AslJsonString text:
                CheckString(context, site, field, text.Value, pointer, isFieldValue, variables);
                break;
            case AslJsonArray array:
                for (var i = 0; i < array.Items.Count; i++)
                    WalkValue(context, site, field, array.Items[i], pointer.Item(i), variables);
                break;
            case AslJsonObject obj:
                foreach (var property in obj.Properties)
                {
                    var propertyPointer = pointer.Member(property.Name);
                    if (!keysAreVariables) CheckKey(context, site, property.Name, propertyPointer);
                    WalkValue(context, site, field, property.Value, propertyPointer, variables);
                }
                break;
        }
    }

    /// <summary>G03 and G12: keys are never evaluated, and <c>.$</c> means nothing in JSONata.</summary>
    private static void CheckKey(ValidationContext context, StateSite site, string key, LazyPointer pointer)
    {
        if (IsJsonAtaLike(key))
            context.Report(AslRules.JsonAtaObjectKey, pointer, key, site.Name);
        else if (key.Length > 2 && key.EndsWith(".$", System.StringComparison.Ordinal))
            context.Report(AslRules.PathKeyInJsonAtaState, pointer, key, site.Name, key.Substring(0, key.Length - 2));
    }

    private static void CheckString(ValidationContext context, StateSite site, JsonAtaField field, string value, LazyPointer pointer,
        bool isFieldValue, VariableUses variables)
    {
        if (JsonAtaText.IsExpression(value))
        {
            const int offset = 2; // the expression starts after "{%"
            var analysis = context.Parsed.JsonAtaString(value);
            if (!CheckExpression(context, site, field, analysis, offset, pointer, variables)) return;
            if (isFieldValue && field.Expected != ExpectedType.Any) CheckConstantType(context, site, field, analysis);
            return;
        }
        if (JsonAtaText.TryGetPaddedExpression(value, out _, out _))
        {
            context.Report(AslRules.PaddedJsonAtaString, pointer, site.Name);
            return;
        }
        if (value.IndexOf("States.", System.StringComparison.Ordinal) >= 0 && IntrinsicText.Match(value) is { Success: true } intrinsic)
        {
            context.Report(AslRules.IntrinsicInJsonAtaState, pointer, $"The value \"{Shorten(value)}\"", site.Name,
                intrinsic.Groups[1].Value, JsonAtaFunctions.ReplacementForIntrinsic(intrinsic.Groups[1].Value));
            return;
        }
    }

    /// <summary>Reports the expression's problems; false when it does not parse (nothing else is checked then).</summary>
    private static bool CheckExpression(ValidationContext context, StateSite site, JsonAtaField field, JsonAtaAnalysis analysis,
        int offset, LazyPointer pointer, VariableUses variables)
    {
        string? written = null; // the pointer as text, once a variable reference needs to keep it

        if (analysis.Error is { } error)
        {
            // Too deep to follow is not a syntax error: N08 (ASL1358) reports the nesting.
            if (!error.IsTooDeep)
                context.Report(AslRules.InvalidJsonAtaExpression, pointer, site.Name, offset + error.Offset + 1, error.Message);
            return false;
        }

        foreach (var reference in analysis.TopLevelInputReferences)
            context.Report(AslRules.TopLevelInputReference, pointer, ShowReference(reference), offset + reference.Start + 1, site.Name,
                reference.IsCalled && reference.Kind == JsonAtaReferenceKind.Name && JsonAtaFunctions.IsFunction(reference.Name)
                    ? $"${reference.Name}(...) (functions are called with a $)"
                    : reference.Hyphenated is { } hyphenated
                        ? $"`{hyphenated}` in backticks (without them, '-' subtracts)"
                        : SuggestInputReference(reference));

        foreach (var (start, function) in analysis.IntrinsicLookalikes)
            context.Report(AslRules.IntrinsicInJsonAtaState, pointer, $"'States.{function}(...)' at position {offset + start + 1}", site.Name,
                function, JsonAtaFunctions.ReplacementForIntrinsic(function));

        foreach (var use in analysis.Variables)
        {
            var name = use.Name;
            if (name.Length == 0 || analysis.IsLocal(name)) continue;
            var position = offset + use.Start + 1;
            switch (name)
            {
                case "$":
                    context.Report(AslRules.DoubleDollarInJsonAta, pointer, position, site.Name);
                    break;
                case "eval":
                    context.Report(AslRules.EvalNotSupported, pointer, position, site.Name);
                    break;
                case "states":
                    CheckStatesMember(context, site, field, use, pointer, position);
                    break;
                default:
                    if (!variables.IsAssignedAnywhere(name))
                    {
                        if (use.Arguments is not null && !JsonAtaFunctions.IsFunction(name))
                        {
                            // A call of a name that is neither a function nor a variable: T1006 when it is evaluated.
                            context.Report(AslRules.UnknownJsonAtaFunction, pointer, name, position, site.Name,
                                JsonAtaFunctions.Closest(name) is { } closest ? $" Did you mean ${closest}?" : "");
                            break;
                        }
                        CheckFunctionCall(context, site, use, pointer, position);
                    }
                    variables.References.Add(new VariableReference(site, name, written ??= pointer.Text, InJsonAta: true, IsCall: use.Arguments is not null));
                    break;
            }
        }
        return true;
    }

    private static string ShowReference(JsonAtaInputReference reference) => reference.Kind switch
    {
        JsonAtaReferenceKind.Context => "$",
        JsonAtaReferenceKind.QuotedName => "`" + reference.Name + "`",
        _ => reference.Name,
    };

    private static string SuggestInputReference(JsonAtaInputReference reference) => reference.Kind switch
    {
        JsonAtaReferenceKind.Context => "$states.input",
        JsonAtaReferenceKind.QuotedName => "$states.input.`" + reference.Name + "`",
        _ => "$states.input." + reference.Name,
    };

    /// <summary>G06–G09: which members of $states exist, and where result and errorOutput are available.</summary>
    private static void CheckStatesMember(ValidationContext context, StateSite site, JsonAtaField field, JsonAtaVariableUse use,
        LazyPointer pointer, int position)
    {
        if (use.StatesMember is not { } member) return;
        var where = "\"" + field.Label + "\"";
        switch (member)
        {
            case "input":
            case "context":
                return;
            case "result" when !field.ResultAvailable:
                if (field.IsArguments)
                    context.Report(AslRules.ArgumentsReferenceResult, pointer, field.Label, site.Name, "result", position, "result");
                else
                    context.Report(AslRules.StatesResultNotAvailable, pointer, position, where, site.Name,
                        field.ErrorOutputAvailable ? "In a Catcher, use $states.errorOutput for the error." : "Use $states.input, or a variable assigned earlier.");
                return;
            case "errorOutput" when !field.ErrorOutputAvailable:
                if (field.IsArguments)
                    context.Report(AslRules.ArgumentsReferenceResult, pointer, field.Label, site.Name, "errorOutput", position, "error output");
                else
                    context.Report(AslRules.StatesErrorOutputNotAvailable, pointer, position, where, site.Name);
                return;
            case "result":
            case "errorOutput":
                return;
            default:
                var similar = StatesMembers.FirstOrDefault(m => string.Equals(m, member, System.StringComparison.OrdinalIgnoreCase));
                context.Report(AslRules.UnknownStatesMember, pointer, member, position, site.Name,
                    similar is null ? "" : $" Did you mean $states.{similar}?");
                return;
        }
    }

    /// <summary>
    /// G10: a call of a JSONata or Step Functions function with more or fewer arguments than its signature takes, or
    /// $hash with an algorithm Step Functions does not have. The counts come from the same list of signatures the
    /// local engine checks calls against.
    /// </summary>
    private static void CheckFunctionCall(ValidationContext context, StateSite site, JsonAtaVariableUse use, LazyPointer pointer, int position)
    {
        if (use.Arguments is not { } arguments || use.IsPartial || JsonAtaFunctions.Find(use.Name) is not { } function) return;
        var count = use.ArgumentCount;
        var signature = function.Signature;
        if (count < signature.MinArguments || signature.MaxArguments is { } max && count > max)
        {
            var expected = signature.MaxArguments is not { } most ? $"at least {Count(signature.MinArguments)}"
                : signature.MinArguments == most ? Count(most)
                : $"{signature.MinArguments} to {Count(most)}";
            if (function.IsStepFunctionsAddition)
                context.Report(AslRules.StepFunctionsFunctionMisused, pointer, use.Name, position, site.Name,
                    $"takes {expected} but is given {count}", function.Usage);
            else
                context.Report(AslRules.JsonAtaFunctionArity, pointer, use.Name, position, site.Name, expected, count, function.Usage);
            return;
        }

        if (use.Name != "hash") return;
        var algorithmIndex = use.IsPiped ? 0 : 1;
        if (algorithmIndex >= arguments.Count || arguments[algorithmIndex] is not JsonAtaLiteral { Value: string algorithm }
            || JsonAtaFunctions.HashAlgorithms.Contains(algorithm))
            return;
        context.Report(AslRules.StepFunctionsFunctionMisused, pointer, use.Name, position, site.Name,
            $"uses the algorithm '{algorithm}', which Step Functions does not support", "$hash(value, 'SHA-256') with one of MD5, SHA-1, SHA-256, SHA-384 and SHA-512");
    }

    private static string Count(int n) => n == 1 ? "1 argument" : $"{n} arguments";

    private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";

    /// <summary>A JSON value as messages show it.</summary>
    private static string Describe(AslJson value) => value switch
    {
        AslJsonString s => "the string \"" + Shorten(s.Value) + "\"",
        AslJsonNumber n => "the number " + n.Raw,
        AslJsonBool b => b.Value ? "true" : "false",
        AslJsonNull => "null",
        AslJsonArray => "an array",
        _ => "an object",
    };
}
