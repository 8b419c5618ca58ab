using System.Buffers;
using System.Text.Json;
using Asl.Local.Endpoint.Operations;
using Microsoft.AspNetCore.Http;

namespace Asl.Local.Endpoint;

/// <summary>
/// The AWS JSON 1.0 protocol: <c>POST /</c> with <c>X-Amz-Target: AWSStepFunctions.&lt;Operation&gt;</c> and a JSON
/// body. Every request gets an answer: success as <c>200</c> with the output shape, a caller's mistake as
/// <c>400</c> with <c>{"__type", "message"}</c>, and a fault of the server itself as <c>500</c> (never a crash).
/// Signatures are not checked: the endpoint is for this machine, and listens on loopback by default.
/// </summary>
internal sealed class HttpEndpoint(StepFunctionsApi api)
{
    /// <summary>
    /// The largest request body read. A definition may have 1,048,576 characters; sent as a JSON string with
    /// every character escaped it takes 6 MiB, so no valid request comes near this.
    /// </summary>
    public const int MaxBodyBytes = 8 * 1024 * 1024;

    private const string TargetPrefix = "AWSStepFunctions.";
    private const string ContentType = "application/x-amz-json-1.0";
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    public async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        response.Headers["x-amzn-RequestId"] = Guid.NewGuid().ToString();
        var cancellation = context.RequestAborted;
        int status;
        byte[] body;
        try
        {
            var operation = ReadOperation(context.Request);
            using var document = await ReadBodyAsync(context.Request, cancellation).ConfigureAwait(false);
            body = await api.InvokeAsync(operation, document.RootElement, cancellation).ConfigureAwait(false);
            status = StatusCodes.Status200OK;
        }
        catch (StepFunctionsException e)
        {
            status = WireErrors.HttpStatus(e.ErrorCode);
            body = ResponseJson.Error(e.ErrorCode, e.Message);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return; // The client went away; nobody is left to answer.
        }
        catch (BadHttpRequestException e)
        {
            // The web server could not read the request (a broken chunked body, a body shorter than its
            // Content-Length, ...): the caller's mistake, answered in the protocol's shape like any other.
            status = StatusCodes.Status400BadRequest;
            body = ResponseJson.Error(WireErrors.SerializationException,
                $"The request could not be read as HTTP: {e.Message} Send POST / with a complete body of one JSON object.");
            response.Headers.Connection = "close";
        }
        catch (Exception e)
        {
            status = StatusCodes.Status500InternalServerError;
            body = ResponseJson.Error(WireErrors.InternalFailure,
                $"asl serve failed on this request ({e.GetType().Name}: {e.Message}). The server keeps running; please report this with the request.");
        }

        response.StatusCode = status;
        response.ContentType = ContentType;
        response.ContentLength = body.Length;
        try
        {
            await response.Body.WriteAsync(body, cancellation).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The client went away while the answer was being written.
        }
    }

    private static string ReadOperation(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method) || request.Path != "/")
            throw WireErrors.UnknownOperation(
                $"asl serve speaks the Step Functions API over the AWS JSON 1.0 protocol: send POST / with X-Amz-Target: {TargetPrefix}<Operation>, not {request.Method} {request.Path}.");
        var target = request.Headers["X-Amz-Target"].ToString();
        if (target.Length == 0)
            throw WireErrors.UnknownOperation($"The request has no X-Amz-Target header; set it to {TargetPrefix}<Operation>, for example {TargetPrefix}StartExecution.");
        if (!target.StartsWith(TargetPrefix, StringComparison.Ordinal) || target.Length == TargetPrefix.Length)
            throw WireErrors.UnknownOperation($"The X-Amz-Target '{target}' is not a Step Functions operation; use {TargetPrefix}<Operation>, for example {TargetPrefix}StartExecution.");
        return target[TargetPrefix.Length..];
    }

    private static async Task<JsonDocument> ReadBodyAsync(HttpRequest request, CancellationToken cancellation)
    {
        if (request.ContentLength > MaxBodyBytes) throw TooLarge(request.HttpContext);
        var buffer = new ArrayBufferWriter<byte>(request.ContentLength is > 0 and var length ? (int)length : 4096);
        while (true)
        {
            var memory = buffer.GetMemory(16 * 1024);
            var read = await request.Body.ReadAsync(memory, cancellation).ConfigureAwait(false);
            if (read == 0) break;
            buffer.Advance(read);
            if (buffer.WrittenCount > MaxBodyBytes) throw TooLarge(request.HttpContext);
        }

        // botocore sends "{}" for an operation without input; an empty body means the same.
        if (buffer.WrittenCount == 0) return JsonDocument.Parse("{}");
        if (RequestText.FindInvalidUtf8(buffer.WrittenSpan) is { } notUtf8)
            throw WireErrors.Serialization($"The request body is not valid JSON: {notUtf8} Send the body as UTF-8.");
        var text = RequestText.EscapeLoneSurrogates(buffer.WrittenSpan) is { } escaped ? escaped : buffer.WrittenMemory;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw WireErrors.Serialization($"The request body is not valid JSON: {e.Message} Send one JSON object with the operation's members.");
        }
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            var kind = document.RootElement.ValueKind;
            document.Dispose();
            throw WireErrors.Serialization($"The request body must be a JSON object with the operation's members, but it is {kind.ToString().ToLowerInvariant()}.");
        }
        return document;
    }

    private static StepFunctionsException TooLarge(HttpContext context)
    {
        // The rest of the body is not read, so the connection cannot carry another request.
        context.Response.Headers.Connection = "close";
        return new ValidationException($"The request body is larger than {MaxBodyBytes} bytes, far beyond any valid request (a definition has at most 1,048,576 characters and an execution input at most 262,144 bytes).");
    }
}
