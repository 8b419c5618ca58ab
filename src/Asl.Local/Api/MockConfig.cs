using System.Globalization;
using Asl.Json;
using Asl.Local.Json;

namespace Asl.Local;

/// <summary>
/// Mocked task responses in the format of AWS Step Functions Local's MockConfigFile:
/// <c>{"StateMachines": {"Machine": {"TestCases": {"Case": {"State": "ResponseName"}}}},
/// "MockedResponses": {"ResponseName": {"0": {"Return": …}, "1-2": {"Throw": {"Error": …, "Cause": …}}}}}</c>.
/// A test case is chosen by starting an execution with <c>#Case</c> after the state machine ARN. Keys of a
/// mocked response are 0-based invocation numbers or inclusive ranges; every call of the state (retries
/// included) takes the next number.
/// </summary>
public sealed class MockConfig
{
    private readonly Dictionary<string, Dictionary<string, Dictionary<string, string>>> _testCases;
    private readonly Dictionary<string, List<(int First, int Last, MockResponse Response)>> _responses;

    private MockConfig(
        Dictionary<string, Dictionary<string, Dictionary<string, string>>> testCases,
        Dictionary<string, List<(int, int, MockResponse)>> responses)
    {
        _testCases = testCases;
        _responses = responses;
    }

    /// <summary>Reads a mock configuration; throws <see cref="FormatException"/> saying what is wrong and where.</summary>
    public static MockConfig Parse(string json)
    {
        if (!JsonText.TryParse(json, out var root, out var error))
            throw new FormatException($"The mock configuration is not valid JSON: {error}");
        return FromJson(root);
    }

    /// <summary>Reads a mock configuration from a JSON value; throws <see cref="FormatException"/> saying what is wrong and where.</summary>
    public static MockConfig FromJson(AslJson root)
    {
        var top = Object(root, "the mock configuration");
        var testCases = new Dictionary<string, Dictionary<string, Dictionary<string, string>>>(StringComparer.Ordinal);
        if (top["StateMachines"] is { } machines)
        {
            foreach (var machine in Object(machines, "StateMachines").Properties)
            {
                var cases = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
                var testCasesJson = Object(machine.Value, $"StateMachines.{machine.Name}")["TestCases"]
                    ?? throw new FormatException($"StateMachines.{machine.Name} has no TestCases object; add \"TestCases\": {{\"CaseName\": {{\"StateName\": \"ResponseName\"}}}}.");
                foreach (var testCase in Object(testCasesJson, $"StateMachines.{machine.Name}.TestCases").Properties)
                {
                    var states = new Dictionary<string, string>(StringComparer.Ordinal);
                    foreach (var state in Object(testCase.Value, $"test case '{testCase.Name}'").Properties)
                        states[state.Name] = state.Value is AslJsonString s ? s.Value
                            : throw new FormatException($"In test case '{testCase.Name}' of '{machine.Name}', the state '{state.Name}' must name a mocked response (a string).");
                    cases[testCase.Name] = states;
                }
                testCases[machine.Name] = cases;
            }
        }

        var responses = new Dictionary<string, List<(int, int, MockResponse)>>(StringComparer.Ordinal);
        if (top["MockedResponses"] is { } mocked)
        {
            foreach (var response in Object(mocked, "MockedResponses").Properties)
            {
                var entries = new List<(int, int, MockResponse)>();
                foreach (var entry in Object(response.Value, $"MockedResponses.{response.Name}").Properties)
                {
                    var (first, last) = ParseRange(entry.Name, response.Name);
                    entries.Add((first, last, ParseResponse(entry.Value, $"MockedResponses.{response.Name}.{entry.Name}")));
                }
                responses[response.Name] = entries;
            }
        }

        foreach (var (machine, cases) in testCases)
            foreach (var (caseName, states) in cases)
                foreach (var (state, responseName) in states)
                    if (!responses.ContainsKey(responseName))
                        throw new FormatException($"Test case '{caseName}' of '{machine}' maps state '{state}' to the mocked response '{responseName}', which MockedResponses does not define.");

        return new MockConfig(testCases, responses);
    }

    /// <summary>True when the configuration defines <paramref name="testCase"/> for the state machine.</summary>
    public bool HasTestCase(string stateMachineName, string testCase)
        => _testCases.TryGetValue(stateMachineName, out var cases) && cases.ContainsKey(testCase);

    /// <summary>True when the test case mocks the state (whatever the invocation number).</summary>
    public bool Mocks(string stateMachineName, string testCase, string stateName)
        => _testCases.TryGetValue(stateMachineName, out var cases) && cases.TryGetValue(testCase, out var states) && states.ContainsKey(stateName);

    /// <summary>
    /// The response for the <paramref name="invocation"/>-th (0-based) call of the state; false with a message
    /// when the state is mocked but no entry covers that number.
    /// </summary>
    public bool TryGetResponse(string stateMachineName, string testCase, string stateName, int invocation, out MockResponse response, out string? problem)
    {
        response = default!;
        problem = null;
        if (!_testCases.TryGetValue(stateMachineName, out var cases) || !cases.TryGetValue(testCase, out var states)
            || !states.TryGetValue(stateName, out var responseName))
        {
            problem = $"test case '{testCase}' does not mock the state '{stateName}'";
            return false;
        }
        foreach (var (first, last, candidate) in _responses[responseName])
        {
            if (invocation < first || invocation > last) continue;
            response = candidate;
            return true;
        }
        problem = $"the mocked response '{responseName}' has no entry for invocation {invocation} of state '{stateName}' (invocations count from 0, retries included); add a key \"{invocation}\" or a range such as \"{invocation}-{invocation + 2}\"";
        return false;
    }

    private static (int First, int Last) ParseRange(string key, string response)
    {
        var dash = key.IndexOf('-');
        if (dash < 0 && int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var single)) return (single, single);
        if (dash > 0 && int.TryParse(key.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            && int.TryParse(key.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var last) && last >= first)
            return (first, last);
        throw new FormatException($"In the mocked response '{response}', the key '{key}' is not an invocation number (\"0\") or an inclusive range (\"1-3\").");
    }

    private static MockResponse ParseResponse(AslJson value, string where)
    {
        var obj = Object(value, where);
        if (obj["Return"] is { } returned) return new MockResponse(returned, null, null);
        if (obj["Throw"] is { } thrown)
        {
            var error = Object(thrown, where + ".Throw");
            return new MockResponse(null, (error["Error"] as AslJsonString)?.Value, (error["Cause"] as AslJsonString)?.Value);
        }
        throw new FormatException($"{where} must have \"Return\" (the service response) or \"Throw\" ({{\"Error\": …, \"Cause\": …}}).");
    }

    private static AslJsonObject Object(AslJson value, string where)
        => value as AslJsonObject ?? throw new FormatException($"{where} must be a JSON object, but it is {JsonValues.KindName(value)}.");
}

/// <summary>One mocked outcome: a returned service response, or a thrown error.</summary>
/// <param name="Return">The response to return, or null for a thrown error.</param>
/// <param name="Error">The error name to throw.</param>
/// <param name="Cause">The cause to throw.</param>
public sealed record MockResponse(AslJson? Return, string? Error, string? Cause)
{
    /// <summary>True when the mock throws an error.</summary>
    public bool IsThrow => Return is null;
}
