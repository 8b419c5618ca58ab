using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;

namespace Asl.Api.Http;

/// <summary>
/// Signs an outgoing request with AWS Signature Version 4 through AWSSDK.Core's
/// <see cref="AWSSigV4Signer"/> (this project computes no signature itself). Every header the request
/// carries is signed except those that proxies or the transport may change; the body is hashed into
/// <c>X-Amz-Content-SHA256</c>, which the SDK always signs.
/// </summary>
internal sealed class SigV4RequestSigner
{
    private static readonly HashSet<string> UnsignedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Content-Length", "Expect", "User-Agent", "X-Amzn-Trace-Id", "Connection", "Transfer-Encoding",
        "amz-sdk-invocation-id", "amz-sdk-request",
    };

    private readonly AWSCredentials _credentials;
    private readonly RegionEndpoint _region;
    private readonly string _service;
    private readonly DateTime? _signedAt;

    /// <param name="credentials">Who signs.</param>
    /// <param name="region">The region in the credential scope.</param>
    /// <param name="service">The signing name in the credential scope (<c>states</c> for Step Functions).</param>
    /// <param name="signedAt">A fixed signing time (tests); null signs with the current time.</param>
    public SigV4RequestSigner(AWSCredentials credentials, RegionEndpoint region, string service, DateTime? signedAt = null)
    {
        _credentials = credentials;
        _region = region;
        _service = service;
        _signedAt = signedAt;
    }

    /// <summary>Adds <c>Authorization</c>, <c>X-Amz-Date</c>, <c>X-Amz-Content-SHA256</c> (and a session token) to <paramref name="message"/>.</summary>
    /// <param name="message">The request, with every header it will carry; its content is <paramref name="body"/>.</param>
    /// <param name="body">The exact bytes of the body; empty for none.</param>
    /// <param name="cancellationToken">Cancels credential resolution.</param>
    public async Task SignAsync(HttpRequestMessage message, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var request = new AWSSigningRequest
        {
            HttpMethod = message.Method,
            RequestUri = message.RequestUri,
            Content = body.IsEmpty ? null : body.ToArray(),
        };
        foreach (var header in message.Headers) AddSigned(request, header.Key, header.Value);
        if (message.Content is not null)
            foreach (var header in message.Content.Headers) AddSigned(request, header.Key, header.Value);

        var parameters = new AWSSigV4Parameters { Credentials = _credentials, Region = _region, Service = _service, SignedAt = _signedAt };
        var result = await AWSSigV4Signer.SignAsync(request, parameters, cancellationToken).ConfigureAwait(false);
        foreach (var (name, value) in result.Headers)
        {
            message.Headers.Remove(name);
            message.Headers.TryAddWithoutValidation(name, value);
        }
    }

    private static void AddSigned(AWSSigningRequest request, string name, IEnumerable<string> values)
    {
        if (UnsignedHeaders.Contains(name)) return;
        request.Headers[name] = string.Join(", ", values.Select(static v => v.Trim()));
    }
}
