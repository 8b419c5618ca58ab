using CsCheck;

namespace Asl.Core.Tests.Generators;

/// <summary>
/// The random choices behind one generated model. Every choice comes from CsCheck's <see cref="PCG"/>, so a
/// failing sample is replayed exactly from the seed CsCheck prints. <see cref="Units"/> grows with every
/// node drawn and becomes the sample's size, which CsCheck minimises when it shrinks a failure.
/// </summary>
internal sealed class Draw(PCG pcg)
{
    public ulong Units { get; private set; }

    /// <summary>An integer in [<paramref name="min"/>, <paramref name="max"/>], both inclusive.</summary>
    public int Int(int min, int max)
    {
        Units++;
        return min + (int)pcg.Next((uint)(max - min + 1));
    }

    /// <summary>True with the given probability in percent.</summary>
    public bool Chance(int percent)
    {
        Units++;
        return pcg.Next(100) < (uint)percent;
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[Int(0, items.Count - 1)];

    public T Pick<T>(params T[] items) => items[Int(0, items.Length - 1)];

    /// <summary>Shuffles a list in place (Fisher–Yates).</summary>
    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Int(0, i);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
