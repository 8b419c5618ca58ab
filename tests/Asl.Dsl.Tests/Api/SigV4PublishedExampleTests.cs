using System.Text;
using Amazon;
using Amazon.Runtime;
using Asl.Api.Http;

namespace Asl.Dsl.Tests.Api;

/// <summary>
/// The signing path of <c>StepFunctionsHttpClient</c> (SigV4RequestSigner over AWSSDK.Core's AWSSigV4Signer) checked
/// against AWS's worked examples in the Amazon S3 API Reference, "Signature Calculations for the Authorization
/// Header: Transferring Payload in a Single Chunk". Those examples sign <c>x-amz-content-sha256</c>, as the .NET SDK
/// always does; the examples of the generic aws-sig-v4-test-suite sign only <c>host;x-amz-date</c>, so the SDK cannot
/// reproduce them byte for byte.
/// </summary>
public class SigV4PublishedExampleTests
{
    private static readonly BasicAWSCredentials ExampleCredentials = new("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    private static readonly DateTime ExampleTime = new(2013, 5, 24, 0, 0, 0, DateTimeKind.Utc);

    private static SigV4RequestSigner ExampleSigner() => new(ExampleCredentials, RegionEndpoint.USEast1, "s3", ExampleTime);

    [Fact]
    public async Task The_PUT_Object_example_with_a_body_signs_to_its_published_Authorization_header()
    {
        var body = Encoding.UTF8.GetBytes("Welcome to Amazon S3.");
        using var message = new HttpRequestMessage(HttpMethod.Put, "https://examplebucket.s3.amazonaws.com/test$file.text") { Content = new ByteArrayContent(body) };
        message.Headers.TryAddWithoutValidation("Date", "Fri, 24 May 2013 00:00:00 GMT");
        message.Headers.TryAddWithoutValidation("x-amz-storage-class", "REDUCED_REDUNDANCY");

        await ExampleSigner().SignAsync(message, body, CancellationToken.None);

        Assert.Equal(
            "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
            + "SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class, "
            + "Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd",
            Header(message, "Authorization"));
        Assert.Equal("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072", Header(message, "X-Amz-Content-SHA256"));
        Assert.Equal("20130524T000000Z", Header(message, "X-Amz-Date"));
    }

    [Fact]
    public async Task The_GET_Object_example_with_a_Range_header_signs_to_its_published_signature()
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, "https://examplebucket.s3.amazonaws.com/test.txt");
        message.Headers.TryAddWithoutValidation("Range", "bytes=0-9");

        await ExampleSigner().SignAsync(message, ReadOnlyMemory<byte>.Empty, CancellationToken.None);

        Assert.Equal(
            "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
            + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
            + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
            Header(message, "Authorization"));
    }

    [Fact]
    public async Task Headers_the_transport_may_change_are_left_out_of_the_signature()
    {
        var body = Encoding.UTF8.GetBytes("Welcome to Amazon S3.");
        using var message = new HttpRequestMessage(HttpMethod.Put, "https://examplebucket.s3.amazonaws.com/test$file.text") { Content = new ByteArrayContent(body) };
        message.Headers.TryAddWithoutValidation("Date", "Fri, 24 May 2013 00:00:00 GMT");
        message.Headers.TryAddWithoutValidation("x-amz-storage-class", "REDUCED_REDUNDANCY");
        message.Headers.TryAddWithoutValidation("User-Agent", "Asl/0.1.0");
        message.Headers.TryAddWithoutValidation("amz-sdk-request", "attempt=1; max=3");
        message.Content.Headers.ContentLength = body.Length;

        await ExampleSigner().SignAsync(message, body, CancellationToken.None);

        // Same published signature: Content-Length, User-Agent and the SDK bookkeeping headers are not signed.
        Assert.EndsWith("Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd", Header(message, "Authorization"));
    }

    [Fact]
    public async Task A_different_body_gives_a_different_signature()
    {
        var body = Encoding.UTF8.GetBytes("Welcome to Amazon S3!");
        using var message = new HttpRequestMessage(HttpMethod.Put, "https://examplebucket.s3.amazonaws.com/test$file.text") { Content = new ByteArrayContent(body) };
        message.Headers.TryAddWithoutValidation("Date", "Fri, 24 May 2013 00:00:00 GMT");
        message.Headers.TryAddWithoutValidation("x-amz-storage-class", "REDUCED_REDUNDANCY");

        await ExampleSigner().SignAsync(message, body, CancellationToken.None);

        Assert.DoesNotContain("98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd", Header(message, "Authorization"));
    }

    private static string Header(HttpRequestMessage message, string name) => string.Join(",", message.Headers.GetValues(name));
}
