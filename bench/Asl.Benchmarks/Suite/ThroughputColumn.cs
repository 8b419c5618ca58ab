using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Asl.Benchmarks.Suite;

/// <summary>
/// Declares what one operation of a benchmark is (with <c>OperationsPerInvoke</c>, BenchmarkDotNet's Mean is per
/// operation), so <see cref="ThroughputColumn"/> can show operations per second and, where given, MB/s and a second
/// unit per second (for example state transitions).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ThroughputAttribute(string unit) : Attribute
{
    /// <summary>What one operation is, plural ("definitions", "executions", "requests").</summary>
    public string Unit { get; } = unit;

    /// <summary>A public static property of the benchmark class: the bytes one operation reads (for MB/s).</summary>
    public string? BytesPerOperation { get; init; }

    /// <summary>A second unit counted per operation ("transitions").</summary>
    public string? Secondary { get; init; }

    /// <summary>A public static property of the benchmark class: how many <see cref="Secondary"/> one operation makes.</summary>
    public string? SecondaryPerOperation { get; init; }
}

/// <summary>Shows the throughput a <see cref="ThroughputAttribute"/> declares, from the measured mean.</summary>
public sealed class ThroughputColumn : IColumn
{
    public static readonly ThroughputColumn Instance = new();

    public string Id => nameof(ThroughputColumn);
    public string ColumnName => "Throughput";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => false;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Operations per second from the mean (and MB/s or transitions/s where the benchmark declares them)";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var method = benchmarkCase.Descriptor.WorkloadMethod;
        var declared = method.GetCustomAttribute<ThroughputAttribute>();
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (declared is null || mean is not > 0) return "-";
        var perSecond = 1e9 / mean.Value;
        var text = $"{perSecond.ToString("N0", CultureInfo.InvariantCulture)} {declared.Unit}/s";
        var type = benchmarkCase.Descriptor.Type;
        if (declared.BytesPerOperation is { } bytes)
            text += $", {(perSecond * Read(type, bytes) / 1024 / 1024).ToString("0.0", CultureInfo.InvariantCulture)} MB/s";
        if (declared.Secondary is { } unit && declared.SecondaryPerOperation is { } count)
            text += $", {(perSecond * Read(type, count)).ToString("N0", CultureInfo.InvariantCulture)} {unit}/s";
        return text;
    }

    private static double Read(Type type, string property) =>
        Convert.ToDouble(type.GetProperty(property, BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            ?? throw new InvalidOperationException($"{type.Name} has no public static property {property}."), CultureInfo.InvariantCulture);
}
