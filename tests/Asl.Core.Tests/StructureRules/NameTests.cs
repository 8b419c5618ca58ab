using Asl.Collections;
using Asl.Diagnostics;
using Asl.Model;
using static Asl.Core.Tests.StructureRules.StructureRulesHarness;

namespace Asl.Core.Tests.StructureRules;

/// <summary>C06–C08: state names are unique in the whole machine, 1 to 80 characters, without control characters.</summary>
public sealed class NameTests
{
    private static string NamedMachine(string name) => $$"""
        { "StartAt": "{{name}}", "States": { "{{name}}": { "Type": "Succeed" } } }
        """;

    [Fact]
    public void Name_repeated_in_a_Parallel_branch_is_reported_at_the_second_declaration()
    {
        var finding = AssertSingle("""
            {
              "StartAt": "Fan",
              "States": {
                "Fan": {
                  "Type": "Parallel", "Next": "Done",
                  "Branches": [ { "StartAt": "Done", "States": { "Done": { "Type": "Succeed" } } } ]
                },
                "Done": { "Type": "Succeed" }
              }
            }
            """, AslRules.DuplicateStateName, "/States/Fan/Branches/0/States/Done");
        Assert.Contains("already used by the state at /States/Done", finding.Message);
    }

    [Fact]
    public void Name_repeated_in_two_Map_processors_is_reported_once_at_the_later_one() => AssertSingle("""
        {
          "StartAt": "First",
          "States": {
            "First": {
              "Type": "Map", "Next": "Second",
              "ItemProcessor": { "StartAt": "Handle", "States": { "Handle": { "Type": "Succeed" } } }
            },
            "Second": {
              "Type": "Map", "End": true,
              "ItemProcessor": { "StartAt": "Handle", "States": { "Handle": { "Type": "Succeed" } } }
            }
          }
        }
        """, AslRules.DuplicateStateName, "/States/Second/ItemProcessor/States/Handle");

    [Fact]
    public void Distinct_names_in_nested_States_objects_are_accepted() => AssertClean("""
        {
          "StartAt": "First",
          "States": {
            "First": {
              "Type": "Map", "Next": "Second",
              "ItemProcessor": { "StartAt": "HandleFirst", "States": { "HandleFirst": { "Type": "Succeed" } } }
            },
            "Second": {
              "Type": "Map", "End": true,
              "ItemProcessor": { "StartAt": "HandleSecond", "States": { "HandleSecond": { "Type": "Succeed" } } }
            }
          }
        }
        """);

    [Fact]
    public void Name_repeated_in_the_same_States_object_of_a_model_is_reported_and_not_called_unreachable()
    {
        // JSON cannot hold this (the reader keeps one of two equal keys), but a model built in C# can.
        var machine = new StateMachine("Go", EquatableArray.Create(
            new NamedState("Go", new SucceedState()),
            new NamedState("Go", new SucceedState())));
        AssertSingle(Findings(machine), AslRules.DuplicateStateName, "/States/Go");
    }

    [Fact]
    public void Name_longer_than_80_characters_is_reported_at_the_state()
    {
        var name = new string('n', 81);
        var finding = AssertSingle(NamedMachine(name), AslRules.InvalidStateNameLength, "/States/" + name);
        Assert.Contains("is 81 characters long", finding.Message);
    }

    [Fact]
    public void Name_of_80_characters_is_accepted() => AssertClean(NamedMachine(new string('n', 80)));

    [Fact]
    public void Name_length_counts_characters_not_UTF16_units()
    {
        // 79 letters and one emoji: 80 characters but 81 UTF-16 code units.
        AssertClean(NamedMachine(new string('n', 79) + "\U0001F4E6"));
        // 80 letters and one emoji: 81 characters.
        var tooLong = new string('n', 80) + "\U0001F4E6";
        AssertSingle(NamedMachine(tooLong), AslRules.InvalidStateNameLength, "/States/" + tooLong);
    }

    [Fact]
    public void Empty_name_is_reported_at_the_state()
    {
        var machine = new StateMachine("", EquatableArray.Create(new NamedState("", new SucceedState())));
        AssertSingle(Findings(machine), AslRules.InvalidStateNameLength, "/States/");
    }

    [Theory]
    [InlineData("Tab\\there", "Tab\there")]
    [InlineData("Bell\\u0007", "Bell\u0007")]
    [InlineData("Delete\\u007F", "Delete\u007F")]
    [InlineData("Next line\\u0085", "Next line\u0085")]
    public void Name_with_a_control_character_is_a_warning_at_the_state(string jsonName, string name)
    {
        var finding = AssertSingle(NamedMachine(jsonName), AslRules.StateNameControlCharacter, "/States/" + name);
        Assert.DoesNotContain(name, finding.Message, StringComparison.Ordinal); // shown escaped, so the message stays on one line
    }

    [Theory]
    [InlineData("Hello World")]
    [InlineData("Charge card: retry #2 (€)")]
    [InlineData("Überprüfung")]
    public void Name_with_spaces_punctuation_and_letters_of_any_script_is_accepted(string name) =>
        AssertClean(NamedMachine(name));
}
