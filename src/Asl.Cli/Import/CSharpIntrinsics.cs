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

    // ASL name → Intrinsic method and the call itself (the argument counts are IntrinsicFunctions').
    private static readonly Dictionary<string, (string Method, Call Invoke)> Functions = new(StringComparer.Ordinal)
    {
        [IntrinsicFunctions.Format] = ("Format", a => Intrinsic.Format((string)a[0]!, a[1..])),
        [IntrinsicFunctions.StringToJson] = ("StringToJson", a => Intrinsic.StringToJson(a[0])),
        [IntrinsicFunctions.JsonToString] = ("JsonToString", a => Intrinsic.JsonToString(a[0])),
        [IntrinsicFunctions.Array] = ("Array", a => Intrinsic.Array(a)),
        [IntrinsicFunctions.ArrayPartition] = ("ArrayPartition", a => Intrinsic.ArrayPartition(a[0], a[1])),
        [IntrinsicFunctions.ArrayContains] = ("ArrayContains", a => Intrinsic.ArrayContains(a[0], a[1])),
        [IntrinsicFunctions.ArrayRange] = ("ArrayRange", a => Intrinsic.ArrayRange(a[0], a[1], a[2])),
        [IntrinsicFunctions.ArrayGetItem] = ("ArrayGetItem", a => Intrinsic.ArrayGetItem(a[0], a[1])),
        [IntrinsicFunctions.ArrayLength] = ("ArrayLength", a => Intrinsic.ArrayLength(a[0])),
        [IntrinsicFunctions.ArrayUnique] = ("ArrayUnique", a => Intrinsic.ArrayUnique(a[0])),
        [IntrinsicFunctions.Base64Encode] = ("Base64Encode", a => Intrinsic.Base64Encode(a[0])),
        [IntrinsicFunctions.Base64Decode] = ("Base64Decode", a => Intrinsic.Base64Decode(a[0])),
        [IntrinsicFunctions.Hash] = ("Hash", a => Intrinsic.Hash(a[0], a[1])),
        [IntrinsicFunctions.JsonMerge] = ("JsonMerge", a => Intrinsic.JsonMerge(a[0], a[1])),
        [IntrinsicFunctions.MathRandom] = ("MathRandom", a => a.Length == 3 ? Intrinsic.MathRandom(a[0], a[1], a[2]) : Intrinsic.MathRandom(a[0], a[1])),
        [IntrinsicFunctions.MathAdd] = ("MathAdd", a => Intrinsic.MathAdd(a[0], a[1])),
        [IntrinsicFunctions.StringSplit] = ("StringSplit", a => Intrinsic.StringSplit(a[0], a[1])),
        [IntrinsicFunctions.Uuid] = ("Uuid", _ => Intrinsic.Uuid()),
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
        if (!Functions.TryGetValue(call.Name, out var function) || call.Function?.AcceptsArgumentCount(call.Arguments.Count) != true) return null;
        var arguments = call.Arguments.ToList();
        // JsonMerge's third argument is always false on AWS; the C# method writes it.
        if (call.Name == IntrinsicFunctions.JsonMerge)
        {
            if (arguments[2] is not IntrinsicLiteral { Value: AslJsonBool { Value: false } }) return null;
            arguments.RemoveAt(2);
        }
        var csharp = new List<string>();
        var values = new object?[arguments.Count];
        for (var i = 0; i < arguments.Count; i++)
        {
            if (i == 0 && call.Name == IntrinsicFunctions.Format)
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
        string value;
        try { value = function.Invoke(values); }
        catch (WorkflowDefinitionException) { return null; }
        return ($"Intrinsic.{function.Method}({string.Join(", ", csharp)})", value);
    }

    // Intrinsic.Format takes its template as ASL reads it: literal braces and backslashes escaped.
    private static string EscapeTemplatePart(string part) =>
        part.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("{", "\\{", StringComparison.Ordinal).Replace("}", "\\}", StringComparison.Ordinal);
}
