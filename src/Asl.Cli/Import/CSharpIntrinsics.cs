using System.Globalization;
using Asl.Json;
using Asl.Paths;
using static Asl.Cli.Import.CSharpValues;

namespace Asl.Cli.Import;

/// <summary>
/// Writes an intrinsic call (<c>States.Format('{}', $.id)</c>) as the <see cref="Intrinsic"/> call that gives it. The call is
/// also made, and the C# is used only when it writes the expression exactly as the file has it (spacing, number
/// spelling, escapes), so an import never changes a definition.
/// </summary>
internal static class CSharpIntrinsics
{
    private delegate string Call(object?[] arguments);

    // ASL name → Intrinsic method, its argument count (-1: any) and the call itself.
    private static readonly Dictionary<string, (string Method, int Arity, Call Invoke)> Functions = new(StringComparer.Ordinal)
    {
        ["States.Format"] = ("Format", -1, a => Intrinsic.Format((string)a[0]!, a[1..])),
        ["States.StringToJson"] = ("StringToJson", 1, a => Intrinsic.StringToJson(a[0])),
        ["States.JsonToString"] = ("JsonToString", 1, a => Intrinsic.JsonToString(a[0])),
        ["States.Array"] = ("Array", -1, a => Intrinsic.Array(a)),
        ["States.ArrayPartition"] = ("ArrayPartition", 2, a => Intrinsic.ArrayPartition(a[0], a[1])),
        ["States.ArrayContains"] = ("ArrayContains", 2, a => Intrinsic.ArrayContains(a[0], a[1])),
        ["States.ArrayRange"] = ("ArrayRange", 3, a => Intrinsic.ArrayRange(a[0], a[1], a[2])),
        ["States.ArrayGetItem"] = ("ArrayGetItem", 2, a => Intrinsic.ArrayGetItem(a[0], a[1])),
        ["States.ArrayLength"] = ("ArrayLength", 1, a => Intrinsic.ArrayLength(a[0])),
        ["States.ArrayUnique"] = ("ArrayUnique", 1, a => Intrinsic.ArrayUnique(a[0])),
        ["States.Base64Encode"] = ("Base64Encode", 1, a => Intrinsic.Base64Encode(a[0])),
        ["States.Base64Decode"] = ("Base64Decode", 1, a => Intrinsic.Base64Decode(a[0])),
        ["States.Hash"] = ("Hash", 2, a => Intrinsic.Hash(a[0], a[1])),
        ["States.JsonMerge"] = ("JsonMerge", 2, a => Intrinsic.JsonMerge(a[0], a[1])),
        ["States.MathRandom"] = ("MathRandom", -1, a => a.Length == 3 ? Intrinsic.MathRandom(a[0], a[1], a[2]) : Intrinsic.MathRandom(a[0], a[1])),
        ["States.MathAdd"] = ("MathAdd", 2, a => Intrinsic.MathAdd(a[0], a[1])),
        ["States.StringSplit"] = ("StringSplit", 2, a => Intrinsic.StringSplit(a[0], a[1])),
        ["States.UUID"] = ("Uuid", 0, _ => Intrinsic.Uuid()),
    };

    /// <summary>The <c>Intrinsic.*</c> C# for <paramref name="expression"/>, or null when none writes it exactly.</summary>
    public static string? TryWrite(string expression)
    {
        var parsed = IntrinsicCall.Parse(expression);
        if (!parsed.Success || Write(parsed.Call) is not { } written) return null;
        return DynamicValue.TryDecode(written.Value as string, out var text) && text == expression ? written.CSharp : null;
    }

    private static (string CSharp, object? Value)? Write(IntrinsicArgument argument) => argument switch
    {
        IntrinsicString text => (String(text.Value), text.Value),
        IntrinsicLiteral { Value: AslJsonNull } => ("null", null),
        IntrinsicLiteral { Value: AslJsonBool flag } => (flag.Value ? "true" : "false", flag.Value),
        IntrinsicLiteral { Value: AslJsonNumber number } => Number(number),
        IntrinsicPath path => (Dynamic(path.Path.ToString()), DynamicValue.Encode(path.Path.ToString())),
        IntrinsicCall call => WriteCall(call),
        _ => null,
    };

    private static (string CSharp, object? Value)? Number(AslJsonNumber number)
    {
        if (long.TryParse(number.Raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)) return (number.Raw, whole);
        var value = number.Value;
        return double.IsFinite(value) ? (value.ToString("R", CultureInfo.InvariantCulture), value) : null;
    }

    private static (string CSharp, object? Value)? WriteCall(IntrinsicCall call)
    {
        if (!Functions.TryGetValue(call.Name, out var function)) return null;
        var arguments = call.Arguments.ToList();
        // JsonMerge's third argument is always false on AWS; the C# method writes it.
        if (call.Name == "States.JsonMerge")
        {
            if (arguments.Count != 3 || arguments[2] is not IntrinsicLiteral { Value: AslJsonBool { Value: false } }) return null;
            arguments.RemoveAt(2);
        }
        if (function.Arity >= 0 && arguments.Count != function.Arity) return null;
        if (call.Name == "States.MathRandom" && arguments.Count is not (2 or 3)) return null;
        var csharp = new List<string>();
        var values = new object?[arguments.Count];
        for (var i = 0; i < arguments.Count; i++)
        {
            if (i == 0 && call.Name == "States.Format")
            {
                if (arguments[0] is not IntrinsicString template) return null;
                var raw = string.Join("{}", template.TemplateParts.Select(EscapeTemplatePart));
                csharp.Add(String(raw));
                values[0] = raw;
                continue;
            }
            if (Write(arguments[i]) is not { } written) return null;
            csharp.Add(written.CSharp);
            values[i] = written.Value;
        }
        if (call.Name == "States.Format" && values.Length == 0) return null;
        string value;
        try { value = function.Invoke(values); }
        catch (WorkflowDefinitionException) { return null; }
        return ($"Intrinsic.{function.Method}({string.Join(", ", csharp)})", value);
    }

    // Intrinsic.Format takes its template as ASL reads it: literal braces and backslashes escaped.
    private static string EscapeTemplatePart(string part) =>
        part.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("{", "\\{", StringComparison.Ordinal).Replace("}", "\\}", StringComparison.Ordinal);
}
