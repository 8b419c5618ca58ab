namespace Asl.Cli.RuleDocs;

internal static partial class RuleExamples
{
    /// <summary>C. Transitions, reachability and termination.</summary>
    private static IEnumerable<RuleExample> Transitions() =>
    [
        new("ASL1041",
            "Every `Next` (of a state, a Choice rule or a Catcher) and every `Default` must name a state in the same `States` object. AWS rejects a dangling name with MISSING_TRANSITION_TARGET.",
            """
            {
              "StartAt": "Charge",
              "States": {
                "Charge": { "Type": "Pass", "Next": "Ship" },
                "Shipping": { "Type": "Succeed" }
              }
            }
            """,
            "Name the state exactly as it is declared.",
            """
            {
              "StartAt": "Charge",
              "States": {
                "Charge": { "Type": "Pass", "Next": "Shipping" },
                "Shipping": { "Type": "Succeed" }
              }
            }
            """),

        new("ASL1042",
            "A Parallel branch and a Map processor are closed worlds: no transition may jump into one from outside, or out of one to a state of the enclosing machine. A branch ends with `End: true` and the Parallel state's own `Next` continues.",
            """
            {
              "StartAt": "Both",
              "States": {
                "Both": {
                  "Type": "Parallel",
                  "Branches": [
                    { "StartAt": "Left", "States": { "Left": { "Type": "Pass", "Next": "Done" } } }
                  ],
                  "Next": "Done"
                },
                "Done": { "Type": "Succeed" }
              }
            }
            """,
            "End the branch inside the branch; the Parallel state's `Next` leads on.",
            """
            {
              "StartAt": "Both",
              "States": {
                "Both": {
                  "Type": "Parallel",
                  "Branches": [
                    { "StartAt": "Left", "States": { "Left": { "Type": "Pass", "End": true } } }
                  ],
                  "Next": "Done"
                },
                "Done": { "Type": "Succeed" }
              }
            }
            """),

        new("ASL1043",
            "Every state must be reachable from its `StartAt` through `Next`, `Default`, Choice rules and Catchers. The check walks the whole graph, so a group of states that only lead to each other is found too. AWS rejects unreachable states.",
            """
            {
              "StartAt": "Start",
              "States": {
                "Start": { "Type": "Pass", "End": true },
                "Forgotten": { "Type": "Pass", "End": true }
              }
            }
            """,
            "Link the state into the flow, or delete it.",
            """
            {
              "StartAt": "Start",
              "States": {
                "Start": { "Type": "Pass", "Next": "Forgotten" },
                "Forgotten": { "Type": "Pass", "End": true }
              }
            }
            """),

        new("ASL1044",
            "Every `States` object (the machine, each branch, each Map processor) needs at least one terminal state: one with `End: true`, or a Succeed or Fail state. Otherwise its executions can never finish; AWS answers MISSING_END_STATE.",
            """
            {
              "StartAt": "Ping",
              "States": {
                "Ping": { "Type": "Wait", "Seconds": 60, "Next": "Pong" },
                "Pong": { "Type": "Wait", "Seconds": 60, "Next": "Ping" }
              }
            }
            """,
            "Give the loop an end.",
            """
            {
              "StartAt": "Ping",
              "States": {
                "Ping": { "Type": "Wait", "Seconds": 60, "Next": "Pong" },
                "Pong": { "Type": "Wait", "Seconds": 60, "End": true }
              }
            }
            """),

        new("ASL1045",
            "Every reachable state should have some path to a terminal state. A loop with no way out runs until the execution times out (a year, for a STANDARD workflow). AWS accepts such a definition as long as some other state is terminal, so this is a warning.",
            """
            {
              "StartAt": "Check",
              "States": {
                "Check": {
                  "Type": "Choice",
                  "Choices": [ { "Variable": "$.retry", "BooleanEquals": true, "Next": "Wait" } ],
                  "Default": "Done"
                },
                "Wait": { "Type": "Wait", "Seconds": 10, "Next": "Poll" },
                "Poll": { "Type": "Pass", "Next": "Wait" },
                "Done": { "Type": "Succeed" }
              }
            }
            """,
            "Send the loop back through the Choice state, which has a way out.",
            """
            {
              "StartAt": "Check",
              "States": {
                "Check": {
                  "Type": "Choice",
                  "Choices": [ { "Variable": "$.retry", "BooleanEquals": true, "Next": "Wait" } ],
                  "Default": "Done"
                },
                "Wait": { "Type": "Wait", "Seconds": 10, "Next": "Poll" },
                "Poll": { "Type": "Pass", "Next": "Check" },
                "Done": { "Type": "Succeed" }
              }
            }
            """),

        new("ASL1046",
            "State names must be unique across the whole machine, including every Parallel branch and Map processor. AWS answers DUPLICATE_STATE_NAME.",
            """
            {
              "StartAt": "Both",
              "States": {
                "Both": {
                  "Type": "Parallel",
                  "Branches": [
                    { "StartAt": "Work", "States": { "Work": { "Type": "Pass", "End": true } } },
                    { "StartAt": "Work", "States": { "Work": { "Type": "Pass", "End": true } } }
                  ],
                  "End": true
                }
              }
            }
            """,
            "Give each state its own name.",
            """
            {
              "StartAt": "Both",
              "States": {
                "Both": {
                  "Type": "Parallel",
                  "Branches": [
                    { "StartAt": "Work left", "States": { "Work left": { "Type": "Pass", "End": true } } },
                    { "StartAt": "Work right", "States": { "Work right": { "Type": "Pass", "End": true } } }
                  ],
                  "End": true
                }
              }
            }
            """),

        new("ASL1047",
            "A state name has 1 to 80 characters, counted as Unicode code points (an emoji is one character). AWS answers INVALID_STATE_NAME.",
            """
            {
              "StartAt": "Send the monthly invoice to every customer whose subscription was renewed during this month",
              "States": {
                "Send the monthly invoice to every customer whose subscription was renewed during this month": { "Type": "Pass", "End": true }
              }
            }
            """,
            "Shorten the name; put the details in `Comment`.",
            """
            {
              "StartAt": "Send monthly invoices",
              "States": {
                "Send monthly invoices": {
                  "Type": "Pass",
                  "Comment": "Sends the monthly invoice to every customer whose subscription renewed this month.",
                  "End": true
                }
              }
            }
            """),

        new("ASL1048",
            "State names should not contain control characters (U+0000 to U+001F, U+007F to U+009F), which AWS rejects by its naming rules. They usually come from a copied tab or line break. Spaces are fine.",
            """
            {
              "StartAt": "Say\thello",
              "States": {
                "Say\thello": { "Type": "Pass", "End": true }
              }
            }
            """,
            "Replace the tab with a space.",
            """
            {
              "StartAt": "Say hello",
              "States": {
                "Say hello": { "Type": "Pass", "End": true }
              }
            }
            """),

        new("ASL1049",
            "Parallel and Map states nested inside each other more than 10 levels deep (the limit is `ValidationOptions.MaxNestingDepth`). AWS rejects definitions nested too deeply with TOO_DEEPLY_NESTED, without documenting the limit, so this is a warning.",
            NestedParallels(11),
            "Move the inner levels into their own state machine and start it from a Task with `arn:aws:states:::states:startExecution.sync:2`.",
            NestedParallels(10)),
    ];

    /// <summary>A machine whose single state is <paramref name="depth"/> Parallel states nested inside each other.</summary>
    private static string NestedParallels(int depth)
    {
        var json = new System.Text.StringBuilder();
        json.Append("{\n");
        for (var level = 1; level <= depth; level++)
        {
            var indent = new string(' ', 2 * level);
            json.Append(indent).Append($"\"StartAt\": \"Level {level}\", \"States\": {{ \"Level {level}\": {{ \"Type\": \"Parallel\", \"End\": true, \"Branches\": [ {{\n");
        }

        json.Append(new string(' ', 2 * depth + 2)).Append("\"StartAt\": \"Work\", \"States\": { \"Work\": { \"Type\": \"Pass\", \"End\": true } }\n");
        for (var level = depth; level >= 1; level--) json.Append(new string(' ', 2 * level)).Append("} ] } }\n");
        return json.Append("}\n").ToString();
    }
}
