using System.Globalization;
using System.Text;

namespace Asl;

/// <summary>
/// The ASL intrinsic functions, for payload templates. Each returns a dynamic value; arguments may be plain
/// values (strings, numbers, booleans, null) or other dynamic values (paths, nested calls).
/// </summary>
public static class Intrinsic
{
    /// <summary>
    /// <c>States.Format(template, args...)</c>: each <c>{}</c> in <paramref name="template"/> is filled with the next
    /// argument. The template is written as ASL reads it: <c>\{</c> and <c>\}</c> stand for literal braces.
    /// </summary>
    public static string Format(string template, params object?[] args) => Call("States.Format", Prepend(new FormatTemplate(template), args));

    /// <summary><c>States.StringToJson(value)</c>.</summary>
    public static string StringToJson(object? value) => Call("States.StringToJson", value);

    /// <summary><c>States.JsonToString(path)</c>.</summary>
    public static string JsonToString(object? path) => Call("States.JsonToString", path);

    /// <summary><c>States.Array(values...)</c>.</summary>
    public static string Array(params object?[] values) => Call("States.Array", values);

    /// <summary><c>States.ArrayPartition(array, size)</c>.</summary>
    public static string ArrayPartition(object? array, object? size) => Call("States.ArrayPartition", array, size);

    /// <summary><c>States.ArrayContains(array, value)</c>.</summary>
    public static string ArrayContains(object? array, object? value) => Call("States.ArrayContains", array, value);

    /// <summary><c>States.ArrayRange(first, last, step)</c>.</summary>
    public static string ArrayRange(object? first, object? last, object? step) => Call("States.ArrayRange", first, last, step);

    /// <summary><c>States.ArrayGetItem(array, index)</c>.</summary>
    public static string ArrayGetItem(object? array, object? index) => Call("States.ArrayGetItem", array, index);

    /// <summary><c>States.ArrayLength(array)</c>.</summary>
    public static string ArrayLength(object? array) => Call("States.ArrayLength", array);

    /// <summary><c>States.ArrayUnique(array)</c>.</summary>
    public static string ArrayUnique(object? array) => Call("States.ArrayUnique", array);

    /// <summary><c>States.Base64Encode(value)</c>.</summary>
    public static string Base64Encode(object? value) => Call("States.Base64Encode", value);

    /// <summary><c>States.Base64Decode(value)</c>.</summary>
    public static string Base64Decode(object? value) => Call("States.Base64Decode", value);

    /// <summary><c>States.Hash(value, algorithm)</c>; algorithm is MD5, SHA-1, SHA-256, SHA-384 or SHA-512.</summary>
    public static string Hash(object? value, object? algorithm) => Call("States.Hash", value, algorithm);

    /// <summary><c>States.JsonMerge(a, b, false)</c> (AWS supports only the shallow merge).</summary>
    public static string JsonMerge(object? first, object? second) => Call("States.JsonMerge", first, second, false);

    /// <summary><c>States.MathRandom(start, end)</c>.</summary>
    public static string MathRandom(object? start, object? end) => Call("States.MathRandom", start, end);

    /// <summary><c>States.MathRandom(start, end, seed)</c>.</summary>
    public static string MathRandom(object? start, object? end, object? seed) => Call("States.MathRandom", start, end, seed);

    /// <summary><c>States.MathAdd(a, b)</c>.</summary>
    public static string MathAdd(object? first, object? second) => Call("States.MathAdd", first, second);

    /// <summary><c>States.StringSplit(value, separators)</c>.</summary>
    public static string StringSplit(object? value, object? separators) => Call("States.StringSplit", value, separators);

    /// <summary><c>States.UUID()</c>.</summary>
    public static string Uuid() => Call("States.UUID");

    private static object?[] Prepend(object? first, object?[] rest)
    {
        var all = new object?[rest.Length + 1];
        all[0] = first;
        rest.CopyTo(all, 1);
        return all;
    }

    private static string Call(string name, params object?[] args)
    {
        var text = new StringBuilder(name).Append('(');
        for (var i = 0; i < args.Length; i++)
        {
            if (i > 0) text.Append(", ");
            AppendArgument(text, args[i]);
        }
        return DynamicValue.Encode(text.Append(')').ToString());
    }

    private static void AppendArgument(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null: text.Append("null"); break;
            case bool b: text.Append(b ? "true" : "false"); break;
            case string s when DynamicValue.IsDynamic(s): text.Append(DynamicText.ToJsonPath(s)); break;
            case string s: AppendQuoted(text, s); break;
            case FormatTemplate template: AppendTemplate(text, FixedText.Check(template.Text, "The template of Intrinsic.Format")); break;
            case System.IFormattable number: text.Append(number.ToString(null, CultureInfo.InvariantCulture)); break;
            default: AppendQuoted(text, value.ToString() ?? string.Empty); break;
        }
    }

    // A Format template keeps its {} placeholders and \{ \} escapes; only the quote needs escaping.
    private static void AppendTemplate(StringBuilder text, string template)
    {
        text.Append('\'');
        foreach (var c in template)
        {
            if (c == '\'') text.Append('\\');
            text.Append(c);
        }
        text.Append('\'');
    }

    private sealed class FormatTemplate
    {
        public FormatTemplate(string text) => Text = text;

        public string Text { get; }
    }

    // Intrinsic string literals are single-quoted; ' { } \ are escaped with a backslash.
    private static void AppendQuoted(StringBuilder text, string value)
    {
        text.Append('\'');
        foreach (var c in value)
        {
            if (c is '\'' or '{' or '}' or '\\') text.Append('\\');
            text.Append(c);
        }
        text.Append('\'');
    }
}
