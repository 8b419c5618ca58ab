using Asl.Build.Yaml;

namespace Asl.Build.Tests;

/// <summary>Strings are written bare only when YAML reads them back unchanged; layout is fixed.</summary>
public sealed class YamlWriterTests
{
    [Theory]
    [InlineData("")]
    [InlineData("true")]
    [InlineData("Yes")]
    [InlineData("off")]
    [InlineData("y")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("2010-09-09")]
    [InlineData("123")]
    [InlineData(".5")]
    [InlineData("-x")]
    [InlineData("a: b")]
    [InlineData("a #b")]
    [InlineData("ends:")]
    [InlineData(" lead")]
    [InlineData("trail ")]
    [InlineData("*alias")]
    [InlineData("&anchor")]
    [InlineData("!tag")]
    [InlineData("%directive")]
    [InlineData("@at")]
    [InlineData("`tick")]
    [InlineData("{x}")]
    [InlineData("[x]")]
    [InlineData("'single'")]
    [InlineData("\"double\"")]
    [InlineData("line\nbreak")]
    [InlineData("${Placeholder}")]
    [InlineData("a\u2028b")]
    [InlineData("a|b")]
    [InlineData("a>b")]
    public void Strings_YAML_would_read_differently_are_quoted(string value)
    {
        Assert.StartsWith("\"", YamlWriter.Scalar(value));
    }

    [Theory]
    [InlineData("AWS::Serverless-2016-10-31")]
    [InlineData("states:StartExecution")]
    [InlineData("State machines of App")]
    [InlineData("Main.asl.json")]
    [InlineData("a_b-c/d")]
    [InlineData("Allow")]
    public void Plain_words_paths_and_names_stay_bare(string value)
    {
        Assert.Equal(value, YamlWriter.Scalar(value));
    }

    [Fact]
    public void A_colon_inside_a_flow_collection_is_quoted()
    {
        Assert.True(YamlWriter.IsPlainSafe("states:StartExecution", flow: false));
        Assert.False(YamlWriter.IsPlainSafe("states:StartExecution", flow: true));
        Assert.False(YamlWriter.IsPlainSafe("a, b", flow: true));
    }

    [Fact]
    public void Quoting_escapes_quotes_backslashes_line_breaks_and_control_characters()
    {
        Assert.Equal("\"a\\\"b\\\\c\\n\\t\\x01\\L\\N\\uFEFF\"", YamlWriter.Quote("a\"b\\c\n\t\u0001\u2028\u0085\uFEFF"));
    }

    [Fact]
    public void A_lone_surrogate_is_escaped_and_a_pair_is_kept()
    {
        Assert.Equal("\"\\uD800x😀\"", YamlWriter.Quote("\uD800x😀"));
    }

    [Fact]
    public void Nested_mappings_sequences_and_tags_are_laid_out_in_block_style()
    {
        var document = new YamlMapping
        {
            { "Version", "2010-09-09" },
            { "Empty", new YamlSequence() },
            {
                "Items", new YamlSequence
                {
                    new YamlMapping { { "Sid", "One" }, { "Resource", new YamlSequence { YamlNode.Ref("Child"), YamlNode.Sub("${Child}:*") } } },
                    YamlNode.Join(":", [YamlNode.Text("a:b"), YamlNode.Select(1, YamlNode.Split(":", YamlNode.Ref("P")))]),
                    new YamlSequence { YamlNode.Text("inner") },
                }
            },
            { "Nested", new YamlMapping { { "Key", YamlNode.GetAtt("Fn", "Arn") } } },
        };

        var text = YamlWriter.Write(document, ["generated"]);

        Assert.Equal("""
            # generated
            Version: "2010-09-09"
            Empty: []
            Items:
              - Sid: One
                Resource:
                  - !Ref Child
                  - !Sub "${Child}:*"
              - !Join [":", ["a:b", !Select [1, !Split [":", !Ref P]]]]
              - - inner
            Nested:
              Key: !GetAtt Fn.Arn

            """.Replace("\r\n", "\n"), text);
    }
}
