using System.Collections.Generic;

namespace Asl.Permissions.Integrations;

/// <summary>
/// AWS Lambda (https://docs.aws.amazon.com/step-functions/latest/dg/lambda-iam.html): <c>lambda:InvokeFunction</c>
/// on each function, whether the Task uses <c>lambda:invoke</c> (any pattern), <c>aws-sdk:lambda:invoke</c>, or the
/// function's ARN as its Resource. An unqualified function also gets its versions and aliases (<c>NAME:*</c>), since
/// the call may name one.
/// </summary>
internal static class LambdaRules
{
    private static readonly string[] Invoke = { "lambda:InvokeFunction" };

    public static void Optimized(TaskCall call)
    {
        if (call.Api == "invoke") FunctionName(call);
        else call.NotGranted(call.Pointer, $"calls {call.Resource}, which is no Lambda integration Step Functions offers; use lambda:invoke");
    }

    /// <summary>The function of a call's FunctionName (a name, a partial or full ARN, a placeholder, or a value known at run time).</summary>
    public static void FunctionName(TaskCall call)
    {
        var name = call.Field("FunctionName");
        if (name.IsText)
        {
            call.Grant("InvokeFunctions", Invoke, Functions(name.Text));
            return;
        }
        call.Grant("InvokeFunctions", Invoke, call.Target(name, ArnPattern.Text, ArnPattern.InStack("lambda", "function:*"), Invoke));
    }

    public static void InvokeLiteral(Derivation derivation, string functionArn) => derivation.Grant("InvokeFunctions", Invoke, Functions(functionArn));

    public static void InvokeFunction(Derivation derivation, params ArnPattern[] functions) => derivation.Grant("InvokeFunctions", Invoke, functions);

    /// <summary>
    /// The ARNs a literal FunctionName stands for: a full ARN, a partial ARN (<c>ACCOUNT:function:NAME</c>) or a plain
    /// name (in the stack's account and Region), each optionally with a version or alias.
    /// </summary>
    public static IEnumerable<ArnPattern> Functions(string text)
    {
        if (Arns.IsWholePlaceholder(text))
        {
            yield return ArnPattern.Text(text);
            yield return ArnPattern.Text(text + ":*");
            yield break;
        }
        var parts = Arns.SplitOutsidePlaceholders(text);
        string arn;
        bool qualified;
        if (parts[0] == "arn" && parts.Length >= 7)
        {
            arn = text;
            qualified = parts.Length > 7;
        }
        else if (parts.Length >= 3 && parts[1] == "function")
        {
            arn = "arn:${AWS::Partition}:lambda:${AWS::Region}:" + text;
            qualified = parts.Length > 3;
        }
        else
        {
            arn = "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:" + text;
            qualified = parts.Length > 1;
        }
        yield return ArnPattern.Text(arn);
        if (!qualified) yield return ArnPattern.Text(arn + ":*");
    }
}
