using Asl.Api;
using Asl.Api.Http;

namespace Asl.Dsl.Tests.Api;

/// <summary>Where the client sends requests, and which region it signs for.</summary>
public class EndpointResolutionTests
{
    [Fact]
    public void Without_an_endpoint_the_client_calls_the_regional_AWS_endpoint()
    {
        using var client = new StepFunctionsHttpClient(new StepFunctionsHttpClientOptions { Region = "eu-west-1", Credentials = TestClients.Credentials });

        Assert.Equal(new Uri("https://states.eu-west-1.amazonaws.com/"), client.Endpoint);
        Assert.Equal("eu-west-1", client.Region);
    }

    [Fact]
    public void StartSyncExecution_on_AWS_gets_the_sync_host_prefix()
    {
        var endpoint = ServiceEndpoint.Resolve(null, "us-east-2");

        Assert.Equal(new Uri("https://sync-states.us-east-2.amazonaws.com/"), endpoint.SyncAddress);
        Assert.False(endpoint.IsCustom);
    }

    [Fact]
    public void A_China_region_uses_its_partition_s_domain()
    {
        Assert.Equal(new Uri("https://states.cn-north-1.amazonaws.com.cn/"), ServiceEndpoint.Resolve(null, "cn-north-1").Address);
    }

    [Fact]
    public void A_custom_endpoint_is_used_unchanged_for_every_operation_and_signs_for_the_given_region()
    {
        var endpoint = ServiceEndpoint.Resolve(new Uri("http://127.0.0.1:8083"), "ap-southeast-2");

        Assert.Equal(new Uri("http://127.0.0.1:8083"), endpoint.Address);
        Assert.Equal(endpoint.Address, endpoint.SyncAddress);
        Assert.Equal("ap-southeast-2", endpoint.Region.SystemName);
    }

    [Fact]
    public void An_endpoint_that_is_not_http_is_refused_with_an_example()
    {
        var error = Assert.Throws<ArgumentException>(() => ServiceEndpoint.Resolve(new Uri("ftp://127.0.0.1:8083"), "us-east-1"));

        Assert.Contains("http://127.0.0.1:8083", error.Message);
    }

    [Fact]
    public void Retry_options_with_no_attempt_are_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new StepFunctionsHttpClient(new StepFunctionsHttpClientOptions
        {
            Endpoint = new Uri("http://127.0.0.1:8083"), Retry = new RetryOptions { MaxAttempts = 0 },
        }));

        Assert.Contains("at least 1", error.Message);
    }
}
