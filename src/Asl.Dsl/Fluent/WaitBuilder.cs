using System;
using System.Globalization;
using Asl.Json;
using Asl.Model;

namespace Asl;

/// <summary>Builds a Wait state.</summary>
public sealed class WaitBuilder : FlowStateBuilder<WaitBuilder>
{
    private AslJson? _seconds;
    private string? _secondsText;
    private string? _secondsPath;
    private AslJson? _timestamp;
    private string? _timestampText;
    private string? _timestampPath;

    internal WaitBuilder(string name) : base(name) { }

    private protected override bool AssignSeesInput => true;

    /// <summary>Waits a fixed number of seconds.</summary>
    public WaitBuilder Seconds(int seconds)
    {
        _secondsText = null;
        return Set(ref _seconds, AslJson.Of(seconds), "Seconds");
    }

    /// <summary>
    /// Waits for the seconds a run-time value gives: a dynamic value such as <c>Input.At("$.delay")</c> (written as
    /// SecondsPath in JSONPath and as a JSONata expression in JSONata), or a JSONata expression (<c>{% ... %}</c>).
    /// </summary>
    public WaitBuilder Seconds(string expression)
    {
        _seconds = null;
        return Set(ref _secondsText, expression, "Seconds");
    }

    /// <summary>JSONPath: waits for the seconds found at a reference path.</summary>
    public WaitBuilder SecondsPath(string path) => Set(ref _secondsPath, FixedText.Path(path, ".SecondsPath(...)"), "SecondsPath");

    /// <summary>Waits until a fixed time (written as RFC 3339 in UTC).</summary>
    public WaitBuilder Timestamp(DateTimeOffset timestamp)
    {
        _timestampText = null;
        return Set(ref _timestamp, AslJson.Of(timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)), "Timestamp");
    }

    /// <summary>
    /// Waits until a time given as an RFC 3339 string, a dynamic value such as <c>Input.At("$.due")</c> (TimestampPath
    /// in JSONPath, a JSONata expression in JSONata) or a JSONata expression.
    /// </summary>
    public WaitBuilder Timestamp(string timestamp)
    {
        _timestamp = null;
        return Set(ref _timestampText, timestamp, "Timestamp");
    }

    /// <summary>JSONPath: waits until the time found at a reference path.</summary>
    public WaitBuilder TimestampPath(string path) => Set(ref _timestampPath, FixedText.Path(path, ".TimestampPath(...)"), "TimestampPath");

    private WaitBuilder Set<T>(ref T field, T value, string name)
    {
        field = value;
        Record(name);
        return this;
    }

    internal override State Build(BuildScope scope, string pointer)
    {
        var jsonAta = scope.IsJsonAta(this);
        var seconds = DynamicField.Resolve(_secondsText, jsonAta, allowIntrinsic: false, ".Seconds(...)", OriginOf("Seconds"));
        var timestamp = DynamicField.Resolve(_timestampText, jsonAta, allowIntrinsic: false, ".Timestamp(...)", OriginOf("Timestamp"));
        if (seconds.Path is not null) scope.MoveOrigin(pointer, "Seconds", "SecondsPath");
        if (timestamp.Path is not null) scope.MoveOrigin(pointer, "Timestamp", "TimestampPath");
        return Flow(new WaitState(), scope, pointer) with
        {
            Seconds = _seconds ?? seconds.Value,
            SecondsPath = _secondsPath ?? seconds.Path,
            Timestamp = _timestamp ?? timestamp.Value,
            TimestampPath = _timestampPath ?? timestamp.Path,
        };
    }
}
