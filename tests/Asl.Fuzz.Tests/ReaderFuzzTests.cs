using System.Text;
using Asl.Diagnostics;
using Asl.Fuzz.Tests.Inputs;
using Asl.Json;
using CsCheck;
using Xunit.Abstractions;

namespace Asl.Fuzz.Tests;

/// <summary>The reader (text to model) on random bytes and damaged definitions: a model or a finding, never an exception.</summary>
public sealed class ReaderFuzzTests(ITestOutputHelper output)
{
    private static readonly Gen<byte[]> Bytes = Gen.Frequency(
        (1, Gen.Byte.Array[0, 400]),
        (3, Definitions.Any.SelectMany(text => new RandGen<byte[]>(r => Damage(r, text)))));

    [Fact]
    public void Any_bytes_read_into_a_model_or_an_error_finding_in_time_proportional_to_their_size()
    {
        new Harness<byte[]>("reader", output, Print).Run(Bytes, FuzzSettings.Inputs(2_000), bytes => bytes.Length,
            size => TimeSpan.FromSeconds(5 + size / 50_000.0), bytes =>
            {
                var read = AslReader.Read(bytes);
                Assert.True(read.Machine is not null || read.Diagnostics.Any(d => d.Severity == AslSeverity.Error),
                    "no model and no error finding");
                Assert.False(read.IsParseFailure && read.Machine is not null, "a parse failure with a model");
                foreach (var finding in read.Diagnostics)
                {
                    Assert.True(AslRules.Find(finding.Code) is not null, $"unknown code {finding.Code}");
                    Assert.True(finding.Pointer.Length == 0 || finding.Pointer[0] == '/', $"bad pointer {finding.Pointer}");
                }
            });
    }

    /// <summary>UTF-8 of the text, often with bytes that are not UTF-8, a byte-order mark, or cut short.</summary>
    private static byte[] Damage(Rand r, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        switch (r.Int(0, 4))
        {
            case 0 when bytes.Count > 0:
                bytes.Insert(r.Int(0, bytes.Count - 1), (byte)r.Pick(0xFF, 0xC0, 0xED, 0x80, 0xF4));
                break;
            case 1:
                bytes.InsertRange(0, [0xEF, 0xBB, 0xBF]);
                break;
            case 2 when bytes.Count > 0:
                bytes.RemoveRange(r.Int(0, bytes.Count - 1), 1);
                break;
        }
        return [.. bytes];
    }

    private static string Print(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
