using Amazon.Runtime;
using Asl.Api;

namespace Asl.Dsl.Tests.Api;

internal static class TestClients
{
    public static readonly BasicAWSCredentials Credentials = new("AKIDTEST", "secret-for-tests");

    /// <summary>A client of the fake endpoint with fixed credentials and region, and retries that do not wait.</summary>
    public static StepFunctionsHttpClient For(FakeStepFunctionsEndpoint endpoint, int maxAttempts = 3, TimeProvider? clock = null, AWSCredentials? credentials = null)
        => new(new StepFunctionsHttpClientOptions
        {
            Endpoint = endpoint.Address,
            Region = "eu-west-1",
            Credentials = credentials ?? Credentials,
            Retry = new RetryOptions { MaxAttempts = maxAttempts, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) },
            TimeProvider = clock ?? new InstantTimeProvider(),
            Jitter = new HalfJitter(),
        });
}

/// <summary>Jitter that always picks the middle of the range, so backoff waits are exact.</summary>
internal sealed class HalfJitter : Random
{
    public override double NextDouble() => 0.5;
}
