using System;
using System.Globalization;
using Asl.Json;
using Asl.Model;

namespace Asl;

/// <summary>Builds a Wait state.</summary>
public sealed class WaitBuilder : FlowStateBuilder<WaitBuilder>
{
    private AslJson? _seconds;
    private string? _secondsPath;
    private AslJson? _timestamp;
    private string? _timestampPath;

    internal WaitBuilder(string name) : base(name) { }

    /// <summary>Waits a fixed number of seconds.</summary>
    public WaitBuilder Seconds(int seconds) => Set(ref _seconds, AslJson.Of(seconds), "Seconds");

    /// <summary>JSONata: waits for the seconds an expression gives (<c>{% ... %}</c>).</summary>
    public WaitBuilder Seconds(string jsonAtaExpression) => Set(ref _seconds, AslJson.Of(jsonAtaExpression), "Seconds");

    /// <summary>JSONPath: waits for the seconds found at a reference path.</summary>
    public WaitBuilder SecondsPath(string path) => Set(ref _secondsPath, path, "SecondsPath");

    /// <summary>Waits until a fixed time (written as RFC 3339 in UTC).</summary>
    public WaitBuilder Timestamp(DateTimeOffset timestamp) =>
        Set(ref _timestamp, AslJson.Of(timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)), "Timestamp");

    /// <summary>Waits until a time given as an RFC 3339 string or a JSONata expression.</summary>
    public WaitBuilder Timestamp(string timestamp) => Set(ref _timestamp, AslJson.Of(timestamp), "Timestamp");

    /// <summary>JSONPath: waits until the time found at a reference path.</summary>
    public WaitBuilder TimestampPath(string path) => Set(ref _timestampPath, path, "TimestampPath");

    private WaitBuilder Set<T>(ref T field, T value, string name)
    {
        field = value;
        Record(name);
        return this;
    }

    internal override State Build(BuildScope scope, string pointer) => Flow(new WaitState(), scope) with
    {
        Seconds = _seconds,
        SecondsPath = _secondsPath,
        Timestamp = _timestamp,
        TimestampPath = _timestampPath,
    };
}
