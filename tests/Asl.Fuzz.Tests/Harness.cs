using System.Collections.Concurrent;
using System.Diagnostics;
using CsCheck;
using Xunit.Abstractions;

namespace Asl.Fuzz.Tests;

/// <summary>
/// Runs one fuzz test: every input on a worker with a time limit proportional to its size, exceptions shrunk by
/// CsCheck to a small reproducer, and hangs recorded (never shrunk: each attempt would wait out the limit) and
/// reported at the end. Prints a summary line per test: <c>fuzz: NAME: N inputs, H hangs, slowest S ms</c> (and, in the
/// long run, a progress line a minute).
/// </summary>
internal sealed class Harness<T>(string name, ITestOutputHelper output, Func<T, string> print)
{
    private readonly ConcurrentBag<string> _hangs = new();
    private long _tried;
    private TimeSpan _slowest;
    private T? _slowestInput;

    /// <summary>
    /// Samples <paramref name="inputs"/>. <paramref name="check"/> throws when a property fails; <paramref name="size"/>
    /// measures an input for its limit, <paramref name="limit"/>: a generous net against hangs, not a performance claim.
    /// </summary>
    public void Run(Gen<T> inputs, long count, Func<T, long> size, Func<long, TimeSpan> limit, Action<T> check)
    {
        var watch = Stopwatch.StartNew();
        // The long run takes hours: a line a minute says how far it is.
        using var progress = FuzzSettings.LongRunInputs is null ? null : new Timer(
            _ => Console.WriteLine($"fuzz: {name}: {Interlocked.Read(ref _tried):N0} of {count:N0} inputs so far, {_hangs.Count} hangs, {watch.Elapsed.TotalSeconds:N0} s"),
            null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        try
        {
            inputs.Sample(input =>
            {
                Interlocked.Increment(ref _tried);
                var allowed = limit(size(input)) * FuzzSettings.TimeFactor;
                var started = Stopwatch.GetTimestamp();
                var work = Task.Run(() => check(input));
                if (!work.Wait(allowed))
                {
                    _hangs.Add($"took more than {allowed.TotalSeconds:0.#} s (size {size(input):N0}), written to {Keep(print(input))}:\n{Shorten(print(input))}");
                    return;
                }
                var elapsed = Stopwatch.GetElapsedTime(started);
                lock (_hangs)
                {
                    if (elapsed > _slowest)
                    {
                        _slowest = elapsed;
                        _slowestInput = input;
                    }
                }
                work.GetAwaiter().GetResult(); // rethrows the property's exception for CsCheck to shrink
            }, iter: count, threads: FuzzSettings.Threads, print: input => Shorten(print(input)));
        }
        finally
        {
            var summary = $"fuzz: {name}: {_tried:N0} inputs, {_hangs.Count} hangs, slowest {_slowest.TotalMilliseconds:N0} ms, {watch.Elapsed.TotalSeconds:N0} s";
            output.WriteLine(summary);
            if (FuzzSettings.LongRunInputs is not null)
            {
                Console.WriteLine(summary);
                // The slowest input of a long run is the one to look at next, even when it stayed within its limit.
                if (_slowestInput is { } slowest) Console.WriteLine($"fuzz: {name}: the slowest input is in {Keep(print(slowest), "fuzz-slowest")}");
            }
            if (_slowestInput is { } slowestInput && Environment.GetEnvironmentVariable("ASL_FUZZ_SHOW_SLOWEST") is not null)
                Console.WriteLine($"fuzz: {name}: the slowest input:\n{Shorten(print(slowestInput))}");
        }
        Assert.True(_hangs.IsEmpty, $"{_hangs.Count} of {_tried:N0} inputs ran past their time limit:\n\n" + string.Join("\n\n", _hangs.Take(5)));
    }

    /// <summary>Writes an input in full to a folder beside the test assembly (fuzz-failures/ unless told), and returns the file's path.</summary>
    private string Keep(string text, string folder = "fuzz-failures")
    {
        var directory = Path.Combine(AppContext.BaseDirectory, folder);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{name}-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, text);
        return path;
    }

    private static string Shorten(string text) => text.Length <= 4_000 ? text : text[..2_000] + $"\n… ({text.Length:N0} characters) …\n" + text[^1_000..];
}
