using System.Text;

namespace Asl.Local.Endpoint;

/// <summary>
/// Pages of list results with opaque <c>nextToken</c>s. A token names the list it belongs to and the last item
/// returned, so a page continues after that item even when new items arrived at the front meanwhile (new
/// executions are listed first) and nothing is returned twice.
/// </summary>
internal static class Paging
{
    /// <summary>The page size when maxResults is absent or 0, as in AWS.</summary>
    public const int DefaultPageSize = 100;

    public static (List<T> Page, string? NextToken) Take<T>(IReadOnlyList<T> items, Func<T, string> key, string scope, string? nextToken, int? maxResults)
    {
        var size = maxResults is null or 0 ? DefaultPageSize : maxResults.Value;
        var start = 0;
        if (nextToken is not null)
        {
            var last = ReadLastKey(nextToken, scope);
            start = -1;
            for (var i = 0; i < items.Count; i++)
            {
                if (key(items[i]) != last) continue;
                start = i + 1;
                break;
            }
            if (start < 0)
                throw new InvalidTokenException($"Invalid Token: '{nextToken}'. The item this page token continues after no longer exists; list again without nextToken.");
        }

        var count = Math.Min(size, items.Count - start);
        var page = new List<T>(count);
        for (var i = 0; i < count; i++) page.Add(items[start + i]);
        var next = start + count < items.Count && count > 0 ? Create(scope, key(page[^1])) : null;
        return (page, next);
    }

    private static string Create(string scope, string lastKey)
        => Convert.ToBase64String(Encoding.UTF8.GetBytes(scope + "\n" + lastKey)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string ReadLastKey(string token, string scope)
    {
        string text;
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
            text = Encoding.UTF8.GetString(Convert.FromBase64String(base64));
        }
        catch (FormatException)
        {
            throw new InvalidTokenException($"Invalid Token: '{token}'. Pass the nextToken of the previous page unchanged.");
        }
        var newline = text.IndexOf('\n');
        if (newline < 0 || text[..newline] != scope)
            throw new InvalidTokenException($"Invalid Token: '{token}'. This page token belongs to another list or other filters; pass it with the same request it came from.");
        return text[(newline + 1)..];
    }
}
