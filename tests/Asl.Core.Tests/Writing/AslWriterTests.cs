using Asl.Collections;
using Asl.Json;
using Asl.Model;
using Asl.Writing;

namespace Asl.Core.Tests.Writing;

public class AslWriterTests
{
    [Fact]
    public void A_small_machine_is_written_in_canonical_form()
    {
        var machine = new StateMachine("Wait", EquatableArray.Create(
            new NamedState("Wait", new WaitState { Seconds = AslJson.Of(1), Next = "Done", Comment = "Pause" }),
            new NamedState("Done", new SucceedState())))
        {
            Comment = "Demo",
            TimeoutSeconds = AslJson.Of(60),
        };

        var text = AslWriter.Write(machine);

        Assert.Equal(
            """
            {
                "Comment": "Demo",
                "TimeoutSeconds": 60,
                "StartAt": "Wait",
                "States": {
                    "Wait": {
                        "Comment": "Pause",
                        "Type": "Wait",
                        "Seconds": 1,
                        "Next": "Done"
                    },
                    "Done": {
                        "Type": "Succeed"
                    }
                }
            }
            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void End_false_is_never_written_and_End_true_comes_last()
    {
        var withNext = AslWriter.Write(Single(new PassState { Next = "S", End = false }));
        var ending = AslWriter.Write(Single(new PassState { End = true, Result = AslJson.Of("r") }));

        Assert.DoesNotContain("\"End\"", withNext);
        Assert.DoesNotContain("false", withNext);
        Assert.EndsWith("\"Result\": \"r\",\n            \"End\": true\n        }\n    }\n}", ending);
    }

    [Fact]
    public void A_state_with_neither_Next_nor_End_is_written_without_either()
    {
        var text = AslWriter.Write(Single(new TaskState("arn:aws:states:::lambda:invoke")));

        Assert.DoesNotContain("\"End\"", text);
        Assert.DoesNotContain("\"Next\"", text);
    }

    [Fact]
    public void Empty_Retry_and_Catch_are_omitted()
    {
        var text = AslWriter.Write(Single(new TaskState("arn") { Retry = EquatableArray<Retrier>.Empty, Catch = default, End = true }));

        Assert.DoesNotContain("Retry", text);
        Assert.DoesNotContain("Catch", text);
    }

    [Fact]
    public void Absent_optional_fields_are_omitted()
    {
        var text = AslWriter.Write(new StateMachine("S", EquatableArray.Create(new NamedState("S", new MapState { End = true }))));

        Assert.Equal("{\n    \"StartAt\": \"S\",\n    \"States\": {\n        \"S\": {\n            \"Type\": \"Map\",\n            \"End\": true\n        }\n    }\n}", text);
    }

    [Fact]
    public void A_null_path_is_written_as_JSON_null_and_an_absent_one_not_at_all()
    {
        var text = AslWriter.Write(Single(new PassState { InputPath = PathOrNull.Null, OutputPath = "$.out", End = true }));

        Assert.Contains("\"InputPath\": null,", text);
        Assert.Contains("\"OutputPath\": \"$.out\",", text);
        Assert.DoesNotContain("ResultPath", text);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("-0")]
    [InlineData("2.50")]
    [InlineData("1E+400")]
    [InlineData("123456789012345678901234567890")]
    public void Numbers_are_written_with_their_exact_text(string raw)
    {
        Assert.Equal(raw, AslWriter.WriteValue(new AslJsonNumber(raw)));
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("quote \" and \\ backslash", "\"quote \\\" and \\\\ backslash\"")]
    [InlineData("line\nbreak\r\ttab\b\f", "\"line\\nbreak\\r\\ttab\\b\\f\"")]
    [InlineData("\u0000\u001f\u007f", "\"\\u0000\\u001f\u007f\"")]
    [InlineData("é 😀 \u2028", "\"é 😀 \u2028\"")]
    [InlineData("$.a.b/c", "\"$.a.b/c\"")]
    public void Strings_are_escaped_as_JSON_requires(string value, string expected)
    {
        Assert.Equal(expected, AslWriter.WriteValue(AslJson.Of(value)));
    }

    [Fact]
    public void Unpaired_surrogates_are_escaped_so_the_text_stays_valid_Unicode()
    {
        // Built in code: theory data with lone surrogates does not survive test discovery intact.
        var high = AslWriter.WriteValue(AslJson.Of("lone " + '\ud800' + " high"));
        var low = AslWriter.WriteValue(AslJson.Of("lone " + '\udc00' + " low"));
        var reversed = AslWriter.WriteValue(AslJson.Of("reversed " + '\udc00' + '\ud800'));
        var trailing = AslWriter.WriteValue(AslJson.Of("end " + '\ud83d'));

        Assert.Equal("\"lone \\ud800 high\"", high);
        Assert.Equal("\"lone \\udc00 low\"", low);
        Assert.Equal("\"reversed \\udc00\\ud800\"", reversed);
        Assert.Equal("\"end \\ud83d\"", trailing);
    }

    [Fact]
    public void Escaped_text_reads_back_as_the_same_string()
    {
        const string value = "\"\\\n\r\t\b\f\u0001 é 😀 /";

        var text = AslWriter.WriteValue(AslJson.Of(value));

        Assert.Equal(value, System.Text.Json.JsonSerializer.Deserialize<string>(text));
    }

    [Fact]
    public void Object_members_keep_their_order()
    {
        var value = Obj(("z", AslJson.Of(1)), ("a", AslJson.Of(2)), ("m", AslJson.Of(3)));

        Assert.Equal("{\n    \"z\": 1,\n    \"a\": 2,\n    \"m\": 3\n}", AslWriter.WriteValue(value));
    }

    [Fact]
    public void Values_of_every_kind_are_written_indented()
    {
        var value = Obj(
            ("null", AslJson.Null),
            ("bools", new AslJsonArray(EquatableArray.Create<AslJson>(AslJson.Of(true), AslJson.Of(false)))),
            ("empty object", Obj()),
            ("empty array", new AslJsonArray(default)),
            ("nested", Obj(("n", AslJson.Of(1.5)))));

        Assert.Equal(
            """
            {
                "null": null,
                "bools": [
                    true,
                    false
                ],
                "empty object": {},
                "empty array": [],
                "nested": {
                    "n": 1.5
                }
            }
            """.ReplaceLineEndings("\n"),
            AslWriter.WriteValue(value));
    }

    [Fact]
    public void Scalars_are_written_bare()
    {
        Assert.Equal("null", AslWriter.WriteValue(AslJson.Null));
        Assert.Equal("true", AslWriter.WriteValue(AslJson.Of(true)));
        Assert.Equal("\"x\"", AslWriter.WriteValue(AslJson.Of("x")));
        Assert.Equal("[]", AslWriter.WriteValue(new AslJsonArray(default)));
    }

    [Fact]
    public void Equal_models_built_separately_give_identical_text()
    {
        static StateMachine Build() => new("T", EquatableArray.Create(
            new NamedState("T", new TaskState("arn:aws:states:::lambda:invoke")
            {
                Parameters = Obj(("Payload.$", AslJson.Of("$")), ("n", new AslJsonNumber("1.0"))),
                Retry = EquatableArray.Create(new Retrier(EquatableArray.Create("States.ALL")) { MaxAttempts = AslJson.Of(2) }),
                Catch = EquatableArray.Create(new Catcher(EquatableArray.Create("States.ALL"), "F") { ResultPath = "$.e" }),
                Next = "F",
            }),
            new NamedState("F", new FailState { Error = AslJson.Of("E") })));

        var first = Build();
        var second = Build();

        Assert.Equal(first, second);
        Assert.NotSame(first, second);
        Assert.Equal(AslWriter.Write(first), AslWriter.Write(second));
    }

    [Fact]
    public void Required_fields_are_written_even_when_empty()
    {
        var machine = new StateMachine("", EquatableArray.Create(
            new NamedState("C", new ChoiceState(default)),
            new NamedState("P", new ParallelState(default) { End = true }),
            new NamedState("T", new TaskState("") { Catch = EquatableArray.Create(new Catcher(default, "")), End = true })));

        var text = AslWriter.Write(machine);

        Assert.Contains("\"StartAt\": \"\"", text);
        Assert.Contains("\"Choices\": []", text);
        Assert.Contains("\"Branches\": []", text);
        Assert.Contains("\"Resource\": \"\"", text);
        Assert.Contains("\"ErrorEquals\": []", text);
        Assert.Contains("\"Next\": \"\"", text);
    }

    [Fact]
    public void Task_fields_follow_the_canonical_order()
    {
        var task = new TaskState("arn")
        {
            Comment = "c",
            QueryLanguage = "JSONPath",
            InputPath = "$.in",
            Credentials = Obj(("RoleArn", AslJson.Of("r"))),
            Parameters = Obj(),
            TimeoutSeconds = AslJson.Of(10),
            HeartbeatSecondsPath = "$.h",
            ResultSelector = Obj(),
            ResultPath = "$.r",
            OutputPath = "$.o",
            Assign = Obj(),
            Retry = EquatableArray.Create(new Retrier(EquatableArray.Create("E")) { Comment = "rc", JitterStrategy = "FULL", IntervalSeconds = AslJson.Of(1) }),
            Catch = EquatableArray.Create(new Catcher(EquatableArray.Create("E"), "X") { Comment = "cc", Assign = Obj(), ResultPath = PathOrNull.Null }),
            Next = "X",
        };

        var keys = Keys(AslWriter.Write(Single(task)));

        Assert.Equal(
            new[]
            {
                "StartAt", "States", "S", "Comment", "Type", "QueryLanguage", "InputPath", "Resource", "Credentials", "RoleArn", "Parameters",
                "TimeoutSeconds", "HeartbeatSecondsPath", "ResultSelector", "ResultPath", "OutputPath", "Assign",
                "Retry", "Comment", "ErrorEquals", "IntervalSeconds", "JitterStrategy",
                "Catch", "Comment", "ErrorEquals", "ResultPath", "Assign", "Next",
                "Next",
            },
            keys);
    }

    [Fact]
    public void Map_fields_follow_the_canonical_order()
    {
        var map = new MapState
        {
            Label = "L",
            ItemProcessor = new ItemProcessor("I", default) { Comment = "p", ProcessorConfig = new ProcessorConfig { Mode = "DISTRIBUTED", ExecutionType = "STANDARD" } },
            ItemReader = new ItemReader("r")
            {
                Parameters = Obj(),
                ReaderConfig = new ReaderConfig { InputType = "CSV", CSVHeaders = EquatableArray.Create("a"), MaxItems = AslJson.Of(1) },
            },
            ItemsPath = "$.items",
            ItemSelector = Obj(),
            ItemBatcher = new ItemBatcher { BatchInput = Obj(), MaxItemsPerBatch = AslJson.Of(2) },
            MaxConcurrency = AslJson.Of(3),
            ToleratedFailureCount = AslJson.Of(1),
            ToleratedFailurePercentage = AslJson.Of(5),
            ResultWriter = new ResultWriter { Resource = "w", WriterConfig = new WriterConfig { OutputType = "JSON", Transformation = "NONE" } },
            ResultPath = "$.r",
            End = true,
        };

        var keys = Keys(AslWriter.Write(Single(map)));

        Assert.Equal(
            new[]
            {
                "StartAt", "States", "S", "Type",
                "ItemReader", "Resource", "ReaderConfig", "InputType", "CSVHeaders", "MaxItems", "Parameters",
                "ItemsPath", "ItemSelector", "ItemBatcher", "MaxItemsPerBatch", "BatchInput",
                "MaxConcurrency", "ToleratedFailurePercentage", "ToleratedFailureCount", "Label",
                "ItemProcessor", "Comment", "ProcessorConfig", "Mode", "ExecutionType", "StartAt", "States",
                "ResultWriter", "Resource", "WriterConfig", "OutputType", "Transformation",
                "ResultPath", "End",
            },
            keys);
    }

    [Fact]
    public void Choice_rules_write_comparisons_by_operator_name_in_model_order()
    {
        var rule = new ChoiceRule
        {
            Comment = "r",
            Variable = "$.v",
            Comparisons = EquatableArray.Create(
                new Comparison(ComparisonOperator.NumericGreaterThanEqualsPath, AslJson.Of("$.min")),
                new Comparison(ComparisonOperator.IsPresent, AslJson.Of(true))),
            Next = "X",
        };
        var nested = new ChoiceRule { Not = new ChoiceRule { Variable = "$.w", Comparisons = EquatableArray.Create(new Comparison(ComparisonOperator.StringMatches, AslJson.Of("a*"))) } };
        var state = new ChoiceState(EquatableArray.Create(rule, nested with { Next = "Y", And = EquatableArray.Create(rule with { Next = null }) })) { Default = "Z" };

        var keys = Keys(AslWriter.Write(Single(state)));

        Assert.Equal(
            new[]
            {
                "StartAt", "States", "S", "Type", "Choices",
                "Comment", "Variable", "NumericGreaterThanEqualsPath", "IsPresent", "Next",
                "And", "Comment", "Variable", "NumericGreaterThanEqualsPath", "IsPresent", "Not", "Variable", "StringMatches", "Next",
                "Default",
            },
            keys);
    }

    [Fact]
    public void Writing_a_null_machine_or_value_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => AslWriter.Write(null!));
        Assert.Throws<ArgumentNullException>(() => AslWriter.WriteValue(null!));
    }

    private static StateMachine Single(State state) => new("S", EquatableArray.Create(new NamedState("S", state)));

    private static AslJsonObject Obj(params (string Name, AslJson Value)[] members) =>
        new(members.Select(m => new AslJsonProperty(m.Name, m.Value)).ToEquatableArray());

    /// <summary>Every object key of the text, in document order.</summary>
    private static List<string> Keys(string json)
    {
        var keys = new List<string>();
        var reader = new System.Text.Json.Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        while (reader.Read())
            if (reader.TokenType == System.Text.Json.JsonTokenType.PropertyName) keys.Add(reader.GetString()!);
        return keys;
    }
}
