namespace NestedWorkflowSample.Execution;

/// <summary>Where the sample runs: the local engine (the default), an endpoint such as <c>asl serve</c>, or AWS.</summary>
public enum SampleTarget
{
    /// <summary>Asl's local engine, in process.</summary>
    LocalEngine,
    /// <summary>A Step Functions endpoint given by URL.</summary>
    Endpoint,
    /// <summary>AWS Step Functions, with the default credential chain.</summary>
    Aws,
}

/// <summary>The sample's command line.</summary>
/// <param name="Target">Where to run.</param>
/// <param name="RealTime">Local engine only: honour Wait states in real time.</param>
/// <param name="Endpoint">For <see cref="SampleTarget.Endpoint"/>: the endpoint's URL.</param>
/// <param name="StateMachineArn">For <see cref="SampleTarget.Aws"/>: the deployed main machine, or null to look it up.</param>
/// <param name="Region">For <see cref="SampleTarget.Aws"/>: the region, or null for the default chain's.</param>
public sealed record SampleOptions(SampleTarget Target, bool RealTime = false, Uri? Endpoint = null, string? StateMachineArn = null, string? Region = null)
{
    /// <summary>The usage text.</summary>
    public const string Usage = """
        Usage: dotnet run --project samples/NestedWorkflow [-- OPTIONS]

        Runs NestingPatternMainStateMachine and reports it and the three child executions it starts.
          (no option)           on Asl's local engine; Wait states cost no real time
          --real-time           on the local engine, honouring the Wait states in real time
          --endpoint URL        through the typed client against a Step Functions endpoint, for example
                                `asl serve --mock-config samples/NestedWorkflow/serve-mocks.json` at
                                http://127.0.0.1:8083 (this program hosts the callback function)
          --aws [ARN]           on AWS Step Functions, against the stack deployed from the build's template
                                (see the README); ARN is the main machine's (the stack output
                                NestingPatternMainStateMachineArn), looked up by name when omitted.
                                Credentials and region come from the AWS SDK's default chain.
          --region REGION       with --aws: the region, instead of the default chain's
          -h, --help            this text
        """;

    /// <summary>Parses the arguments; null with a message when they do not make sense.</summary>
    public static SampleOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var options = new SampleOptions(SampleTarget.LocalEngine);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var value = i + 1 < args.Count ? args[i + 1] : null;
            if (arg == "--real-time") options = options with { RealTime = true };
            else if (arg is "--endpoint" or "--aws" && options.Target != SampleTarget.LocalEngine)
                return Fail("Choose one of --endpoint and --aws.", out error);
            else if (arg == "--endpoint")
            {
                if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
                    return Fail("--endpoint needs an http or https URL, for example --endpoint http://127.0.0.1:8083.", out error);
                options = options with { Target = SampleTarget.Endpoint, Endpoint = url };
                i++;
            }
            else if (arg == "--aws")
            {
                var arn = value is not null && value.StartsWith("arn:", StringComparison.Ordinal) ? value : null;
                options = options with { Target = SampleTarget.Aws, StateMachineArn = arn };
                if (arn is not null) i++;
            }
            else if (arg == "--region")
            {
                if (value is null || value.StartsWith('-')) return Fail("--region needs a region name, for example --region eu-west-1.", out error);
                options = options with { Region = value };
                i++;
            }
            else return Fail($"Unknown option '{arg}'.", out error);
        }
        if (options.RealTime && options.Target != SampleTarget.LocalEngine)
            return Fail("--real-time applies to the local engine only: an endpoint keeps its own clock.", out error);
        if (options.Region is not null && options.Target != SampleTarget.Aws)
            return Fail("--region applies to --aws only.", out error);
        error = null;
        return options;
    }

    private static SampleOptions? Fail(string message, out string? error)
    {
        error = message;
        return null;
    }
}
