using System.Collections.Generic;

namespace Asl.JsonAta;

/// <summary>One function every Step Functions JSONata expression can call without defining it.</summary>
public sealed class JsonAtaFunction
{
    internal JsonAtaFunction(string name, string signature, string parameters, bool stepFunctions)
    {
        Name = name;
        Signature = JsonAtaSignature.Parse(signature, 0);
        ParameterNames = parameters.Length == 0 ? System.Array.Empty<string>() : parameters.Split(',');
        IsStepFunctionsAddition = stepFunctions;
    }

    /// <summary>The name without <c>$</c>.</summary>
    public string Name { get; }

    /// <summary>The signature its arguments are checked against (JSONata's own, or Step Functions' for its additions).</summary>
    public JsonAtaSignature Signature { get; }

    /// <summary>The parameter names, as the documentation writes them.</summary>
    public IReadOnlyList<string> ParameterNames { get; }

    /// <summary>True for the functions Step Functions adds to JSONata.</summary>
    public bool IsStepFunctionsAddition { get; }

    /// <summary>How to call it, such as <c>$substring(str, start[, length])</c>.</summary>
    public string Usage
    {
        get
        {
            var usage = new System.Text.StringBuilder("$").Append(Name).Append('(');
            var parameters = Signature.Parameters;
            var optional = 0;
            for (var i = 0; i < ParameterNames.Count; i++)
            {
                var isOptional = i < parameters.Count && parameters[i].Quantifier == JsonAtaQuantifier.Optional && !parameters[i].UsesContext;
                if (isOptional) { usage.Append(i == 0 ? "[" : "[, "); optional++; }
                else if (i > 0) usage.Append(", ");
                usage.Append(ParameterNames[i]);
            }
            return usage.Append(']', optional).Append(')').ToString();
        }
    }
}

/// <summary>
/// The one list of the functions a Step Functions JSONata expression can call: JSONata 2.0.6's library without
/// <c>$eval</c> (which Step Functions removes) and with Step Functions' <c>$partition</c>, <c>$range</c>,
/// <c>$hash</c>, <c>$random</c> (which takes an optional seed), <c>$uuid</c> and <c>$parse</c>. The validator checks
/// calls against it and the local engine implements exactly these.
/// </summary>
public static class JsonAtaFunctions
{
    private static readonly Dictionary<string, JsonAtaFunction> ByName = Build();

    private static Dictionary<string, JsonAtaFunction> Build()
    {
        var functions = new Dictionary<string, JsonAtaFunction>(System.StringComparer.Ordinal);
        void Add(string name, string signature, string parameters, bool stepFunctions = false) =>
            functions.Add(name, new JsonAtaFunction(name, signature, parameters, stepFunctions));

        // Aggregation
        Add("sum", "<a<n>:n>", "array");
        Add("count", "<a:n>", "array");
        Add("max", "<a<n>:n>", "array");
        Add("min", "<a<n>:n>", "array");
        Add("average", "<a<n>:n>", "array");
        // String
        Add("string", "<x-b?:s>", "arg,prettify");
        Add("substring", "<s-nn?:s>", "str,start,length");
        Add("substringBefore", "<s-s:s>", "str,chars");
        Add("substringAfter", "<s-s:s>", "str,chars");
        Add("lowercase", "<s-:s>", "str");
        Add("uppercase", "<s-:s>", "str");
        Add("length", "<s-:n>", "str");
        Add("trim", "<s-:s>", "str");
        Add("pad", "<s-ns?:s>", "str,width,char");
        Add("match", "<s-f<s:o>n?:a<o>>", "str,pattern,limit");
        Add("contains", "<s-(sf):b>", "str,pattern");
        Add("replace", "<s-(sf)(sf)n?:s>", "str,pattern,replacement,limit");
        Add("split", "<s-(sf)n?:a<s>>", "str,separator,limit");
        Add("join", "<a<s>s?:s>", "array,separator");
        Add("formatNumber", "<n-so?:s>", "number,picture,options");
        Add("formatBase", "<n-n?:s>", "number,radix");
        Add("formatInteger", "<n-s:s>", "number,picture");
        Add("parseInteger", "<s-s:n>", "string,picture");
        Add("base64encode", "<s-:s>", "str");
        Add("base64decode", "<s-:s>", "str");
        Add("encodeUrlComponent", "<s-:s>", "str");
        Add("encodeUrl", "<s-:s>", "str");
        Add("decodeUrlComponent", "<s-:s>", "str");
        Add("decodeUrl", "<s-:s>", "str");
        // Numeric
        Add("number", "<(nsb)-:n>", "arg");
        Add("floor", "<n-:n>", "number");
        Add("ceil", "<n-:n>", "number");
        Add("round", "<n-n?:n>", "number,precision");
        Add("abs", "<n-:n>", "number");
        Add("sqrt", "<n-:n>", "number");
        Add("power", "<n-n:n>", "base,exponent");
        // Boolean
        Add("boolean", "<x-:b>", "arg");
        Add("not", "<x-:b>", "arg");
        Add("exists", "<x:b>", "arg");
        // Array
        Add("append", "<xx:a>", "array1,array2");
        Add("reverse", "<a:a>", "array");
        Add("sort", "<af?:a>", "array,function");
        Add("shuffle", "<a:a>", "array");
        Add("distinct", "<x:x>", "array");
        Add("zip", "<a+>", "array1,...");
        // Object
        Add("keys", "<x-:a<s>>", "object");
        Add("lookup", "<x-s:x>", "object,key");
        Add("spread", "<x-:a<o>>", "object");
        Add("merge", "<a<o>:o>", "array");
        Add("sift", "<o-f?:o>", "object,function");
        Add("each", "<o-f:a>", "object,function");
        Add("error", "<s?:x>", "message");
        Add("assert", "<bs?:x>", "condition,message");
        Add("type", "<x:s>", "value");
        Add("clone", "<(oa)-:o>", "value");
        // Higher-order
        Add("map", "<af>", "array,function");
        Add("filter", "<af>", "array,function");
        Add("single", "<af?>", "array,function");
        Add("reduce", "<afj?:j>", "array,function,init");
        // Date and time
        Add("now", "<s?s?:s>", "picture,timezone");
        Add("millis", "<:n>", "");
        Add("fromMillis", "<n-s?s?:s>", "number,picture,timezone");
        Add("toMillis", "<s-s?:n>", "timestamp,picture");
        // Step Functions' additions ($random replaces JSONata's own, which takes no seed).
        Add("partition", "<an:a>", "array,size", stepFunctions: true);
        Add("range", "<nnn?:a<n>>", "start,end,step", stepFunctions: true);
        Add("hash", "<ss:s>", "value,algorithm", stepFunctions: true);
        Add("random", "<n?:n>", "seed", stepFunctions: true);
        Add("uuid", "<:s>", "", stepFunctions: true);
        Add("parse", "<s:x>", "jsonString", stepFunctions: true);
        return functions;
    }

    /// <summary>Every function, by name.</summary>
    public static IReadOnlyCollection<JsonAtaFunction> All => ByName.Values;

    /// <summary>The function named <paramref name="name"/> (without <c>$</c>), or null.</summary>
    public static JsonAtaFunction? Find(string name) => ByName.TryGetValue(name, out var function) ? function : null;

    /// <summary>True when <c>$name</c> names a function available in every Step Functions JSONata expression.</summary>
    public static bool IsFunction(string name) => ByName.ContainsKey(name);

    /// <summary>The algorithms <c>$hash</c> accepts.</summary>
    public static IReadOnlyList<string> HashAlgorithms { get; } = new[] { "MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512" };

    /// <summary>The function whose name is closest to <paramref name="name"/> (a likely typo), or null.</summary>
    public static string? Closest(string name)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in ByName.Keys)
        {
            if (string.Equals(candidate, name, System.StringComparison.OrdinalIgnoreCase)) return candidate;
            var distance = Distance(candidate, name);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }
        return bestDistance <= System.Math.Max(1, name.Length / 4) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = System.Math.Min(System.Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    /// <summary>The JSONata replacement for a JSONPath intrinsic function, by the part after <c>States.</c>.</summary>
    public static string ReplacementForIntrinsic(string intrinsic) => intrinsic switch
    {
        "Format" => "string concatenation with & or $string(...)",
        "StringToJson" => "$parse(...)",
        "JsonToString" => "$string(...)",
        "Array" => "an array constructor [a, b]",
        "ArrayPartition" => "$partition(array, size)",
        "ArrayContains" => "the in operator (value in array)",
        "ArrayRange" => "$range(start, end, step)",
        "ArrayGetItem" => "an index, as in array[2]",
        "ArrayLength" => "$count(array)",
        "ArrayUnique" => "$distinct(array)",
        "Base64Encode" => "$base64encode(...)",
        "Base64Decode" => "$base64decode(...)",
        "Hash" => "$hash(value, algorithm)",
        "JsonMerge" => "$merge([a, b])",
        "MathRandom" => "$random()",
        "MathAdd" => "the + operator",
        "StringSplit" => "$split(string, separator)",
        "UUID" => "$uuid()",
        _ => "a JSONata function",
    };
}
