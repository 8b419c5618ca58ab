using Amazon;
using Amazon.Runtime;

namespace Asl.Api.Http;

/// <summary>
/// Where requests go and which region they are signed for. AWS's own endpoint gets StartSyncExecution's
/// <c>sync-</c> host prefix; a custom endpoint is used exactly as given.
/// </summary>
internal sealed class ServiceEndpoint
{
    /// <summary>Step Functions' signing name and endpoint prefix.</summary>
    public const string SigningName = "states";

    private ServiceEndpoint(Uri address, Uri syncAddress, RegionEndpoint region, bool isCustom)
    {
        Address = address;
        SyncAddress = syncAddress;
        Region = region;
        IsCustom = isCustom;
    }

    public Uri Address { get; }

    /// <summary>Where StartSyncExecution goes.</summary>
    public Uri SyncAddress { get; }

    public RegionEndpoint Region { get; }

    public bool IsCustom { get; }

    public static ServiceEndpoint Resolve(Uri? endpoint, string? region)
    {
        if (endpoint is not null)
        {
            if (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps))
                throw new ArgumentException($"The endpoint '{endpoint}' must be an absolute http or https address, for example http://127.0.0.1:8083.", nameof(endpoint));
            // Local endpoints do not check the region; us-east-1 keeps the signature well-formed when none is configured.
            var signingRegion = ResolveRegion(region, includeInstanceMetadata: false) ?? RegionEndpoint.USEast1;
            return new ServiceEndpoint(endpoint, endpoint, signingRegion, isCustom: true);
        }

        var awsRegion = ResolveRegion(region, includeInstanceMetadata: true)
            ?? throw new InvalidOperationException(
                "No AWS region is configured for Step Functions. Set StepFunctionsHttpClientOptions.Region, the AWS_REGION environment variable, or a region in your AWS profile; to call a local endpoint such as `asl serve`, set StepFunctionsHttpClientOptions.Endpoint.");
        var host = awsRegion.HostnameTemplate
            .Replace("{service}", SigningName, StringComparison.Ordinal)
            .Replace("{region}", awsRegion.SystemName, StringComparison.Ordinal)
            .Replace("{dnsSuffix}", awsRegion.PartitionDnsSuffix, StringComparison.Ordinal);
        return new ServiceEndpoint(new Uri($"https://{host}/"), new Uri($"https://sync-{host}/"), awsRegion, isCustom: false);
    }

    private static RegionEndpoint? ResolveRegion(string? region, bool includeInstanceMetadata)
    {
        if (region is not null)
        {
            if (string.IsNullOrWhiteSpace(region))
                throw new ArgumentException("The region is empty; use a region name such as us-east-1, or null to read it from the environment.", nameof(region));
            return RegionEndpoint.GetBySystemName(region.Trim());
        }
        return FallbackRegionFactory.GetRegionEndpoint(includeInstanceMetadata);
    }
}
