using System.Globalization;

namespace Asl.Local.Execution;

/// <summary>The timestamp spelling of the Context Object and of payloads: ISO 8601, milliseconds, UTC (<c>2019-03-26T20:14:13.192Z</c>).</summary>
internal static class Timestamps
{
    public static string Iso(DateTimeOffset time)
        => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
