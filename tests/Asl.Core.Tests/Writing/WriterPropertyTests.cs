using Asl.Collections;
using Asl.Json;
using Asl.Model;
using Asl.Writing;
using CsCheck;

namespace Asl.Core.Tests.Writing;

/// <summary>Properties of writer and reader together, over generated JSON values.</summary>
public class WriterPropertyTests
{
    // Strings are well-formed UTF-16 (an unpaired surrogate has no UTF-8 form, so it cannot be read back).
    private static readonly Gen<string> Strings = Gen.OneOf(
        Gen.String.Where(IsWellFormed),
        Gen.OneOf("", "é", "😀", "\"\\/\b\f\n\r\t", "\u0000\u001f\u007f\u2028", "$.a", "{% $x %}"));

    private static readonly Gen<AslJson> Values = Gen.Recursive<AslJson>((depth, values) =>
    {
        var scalars = Gen.OneOf(
            Gen.Const<AslJson>(AslJson.Null),
            Gen.Bool.Select(b => (AslJson)AslJson.Of(b)),
            Gen.Long.Select(n => (AslJson)AslJson.Of(n)),
            Gen.Double.Where(double.IsFinite).Select(d => (AslJson)AslJson.Of(d)),
            Strings.Select(s => (AslJson)AslJson.Of(s)));
        if (depth >= 3) return scalars;
        var arrays = values.Array[0, 4].Select(items => (AslJson)new AslJsonArray(EquatableArray.Create(items)));
        var objects = Gen.Select(Strings, values).Array[0, 4]
            .Where(members => members.Select(m => m.Item1).Distinct().Count() == members.Length)
            .Select(members => (AslJson)new AslJsonObject(members.Select(m => new AslJsonProperty(m.Item1, m.Item2)).ToEquatableArray()));
        return Gen.Frequency((3, scalars), (1, arrays), (1, objects));
    });

    [Fact]
    public void Any_value_written_as_a_Pass_result_reads_back_equal()
    {
        Values.Sample(value =>
        {
            var machine = new StateMachine("S", EquatableArray.Create(new NamedState("S", new PassState { Result = value, End = true })));

            var result = AslReader.Read(AslWriter.Write(machine));

            Assert.Empty(result.Diagnostics);
            Assert.Equal(machine, result.Machine);
        });
    }

    [Fact]
    public void Any_value_is_written_as_valid_JSON_with_the_same_content()
    {
        Values.Sample(value =>
        {
            var text = AslWriter.WriteValue(value);

            using var document = System.Text.Json.JsonDocument.Parse(text);
            Assert.Equal(text, AslWriter.WriteValue(FromDocument(document.RootElement)));
        });
    }

    private static AslJson FromDocument(System.Text.Json.JsonElement element) => element.ValueKind switch
    {
        System.Text.Json.JsonValueKind.Object => new AslJsonObject(element.EnumerateObject().Select(p => new AslJsonProperty(p.Name, FromDocument(p.Value))).ToEquatableArray()),
        System.Text.Json.JsonValueKind.Array => new AslJsonArray(element.EnumerateArray().Select(FromDocument).ToEquatableArray()),
        System.Text.Json.JsonValueKind.String => AslJson.Of(element.GetString()!),
        System.Text.Json.JsonValueKind.Number => new AslJsonNumber(element.GetRawText()),
        System.Text.Json.JsonValueKind.True => AslJson.Of(true),
        System.Text.Json.JsonValueKind.False => AslJson.Of(false),
        _ => AslJson.Null,
    };

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return false;
        }
        return true;
    }
}
