using System.Text;
using CsCheck;

namespace Asl.Fuzz.Tests.Inputs;

/// <summary>Random choices drawn from CsCheck's PCG, so a failing input replays from the seed CsCheck prints.</summary>
internal sealed class Rand(PCG pcg)
{
    /// <summary>Grows with every choice; the input's size for CsCheck's shrinking.</summary>
    public ulong Units { get; private set; }

    /// <summary>An integer in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int Int(int min, int max)
    {
        Units++;
        return min + (int)pcg.Next((uint)(max - min + 1));
    }

    public bool Chance(int percent) => Int(0, 99) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Int(0, items.Count - 1)];

    public T Pick<T>(params T[] items) => items[Int(0, items.Length - 1)];

    /// <summary>Small numbers most of the time, occasionally large ones (sizes, depths, repeats).</summary>
    public int Skewed(int max) => Chance(80) ? Int(0, Math.Min(max, 8)) : Chance(80) ? Int(0, Math.Min(max, 100)) : Int(0, max);

    /// <summary>Text from <paramref name="alphabet"/>, or from anywhere in Unicode, lone surrogates and controls included.</summary>
    public string Text(string alphabet, int maxLength)
    {
        var length = Skewed(maxLength);
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            switch (Int(0, 11))
            {
                case 0: text.Append((char)Int(0, 0x1F)); break;
                case 1: text.Append((char)Int(0xD800, 0xDFFF)); break;
                case 2: text.Append((char)Int(0x80, 0xFFFF)); break;
                case 3: text.Append(char.ConvertFromUtf32(Int(0x10000, 0x10FFFF))); break; // a pair, which an excerpt may cut
                default: text.Append(alphabet[Int(0, alphabet.Length - 1)]); break;
            }
        }
        return text.ToString();
    }

    public const string NameAlphabet = "abcXYZ_019 -.$@";
}

/// <summary>A CsCheck generator written as a function of <see cref="Rand"/>.</summary>
internal sealed class RandGen<T>(Func<Rand, T> draw) : Gen<T>
{
    public override T Generate(PCG pcg, Size? min, out Size size)
    {
        var rand = new Rand(pcg);
        var value = draw(rand);
        size = new Size(rand.Units);
        return value;
    }
}
