using System.Buffers.Binary;

namespace DirectoryDataGenerator;

/// <summary>
/// A <see cref="Random"/> with 64 bits of SplitMix64 state, for one item of one kind in a run.
/// <see cref="Random(int)"/> takes a 31-bit seed: seeded by index, two of 100,000 items already tend to
/// share a seed and so come out identical, ids and all. Here every index gets its own state.
/// </summary>
public sealed class SeededRandom(ulong state) : Random
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    private ulong _state = state;

    /// <summary>The generator for item <paramref name="index"/> of the kind <paramref name="salt"/> in the run seeded <paramref name="seed"/>.</summary>
    public static SeededRandom For(int seed, int salt, long index) => new(Mix(seed, salt, index));

    public ulong NextUInt64()
    {
        unchecked
        {
            _state += Golden;
            return Finalise(_state);
        }
    }

    public override int Next() => (int)Below(int.MaxValue);

    public override int Next(int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return (int)Below((ulong)maxValue);
    }

    public override int Next(int minValue, int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        return (int)(minValue + (long)Below((ulong)((long)maxValue - minValue)));
    }

    public override long NextInt64() => (long)Below(long.MaxValue);

    public override long NextInt64(long maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return (long)Below((ulong)maxValue);
    }

    public override long NextInt64(long minValue, long maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        unchecked
        {
            return minValue + (long)Below((ulong)(maxValue - minValue));
        }
    }

    public override double NextDouble() => Sample();

    public override float NextSingle() => (NextUInt64() >> 40) * (1f / (1 << 24));

    public override void NextBytes(byte[] buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        NextBytes(buffer.AsSpan());
    }

    public override void NextBytes(Span<byte> buffer)
    {
        while (buffer.Length >= sizeof(ulong))
        {
            BinaryPrimitives.WriteUInt64LittleEndian(buffer, NextUInt64());
            buffer = buffer[sizeof(ulong)..];
        }

        if (!buffer.IsEmpty)
        {
            Span<byte> last = stackalloc byte[sizeof(ulong)];
            BinaryPrimitives.WriteUInt64LittleEndian(last, NextUInt64());
            last[..buffer.Length].CopyTo(buffer);
        }
    }

    protected override double Sample() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>
    /// A uniform draw below <paramref name="bound"/> (0 when it is 0), by Lemire's multiply-and-shift: the
    /// high word of draw × bound, redrawn when the low word falls in the few values that would bias it.
    /// </summary>
    private ulong Below(ulong bound)
    {
        var high = Math.BigMul(NextUInt64(), bound, out var low);
        if (low < bound)
        {
            var threshold = (0 - bound) % bound;
            while (low < threshold)
            {
                high = Math.BigMul(NextUInt64(), bound, out low);
            }
        }

        return high;
    }

    /// <summary>
    /// The state for one item. For a fixed seed and salt this is injective in the index: the index is
    /// multiplied by an odd constant, xored and offset by constants, then finalised, and each step is a
    /// bijection of 64-bit values; so no two items of a kind ever start from the same state.
    /// </summary>
    private static ulong Mix(int seed, int salt, long index)
    {
        unchecked
        {
            var z = ((ulong)(uint)seed * Golden) ^ ((ulong)(uint)salt * 0xC2B2AE3D27D4EB4FUL) ^ ((ulong)index * 0x165667B19E3779F9UL);
            return Finalise(z + Golden);
        }
    }

    private static ulong Finalise(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
