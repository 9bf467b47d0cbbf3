namespace DirectoryDataGenerator.Tests;

/// <summary>The per-item random generator: distinct for every index, and a well-behaved <see cref="Random"/>.</summary>
public sealed class SeededRandomTests
{
    [Fact]
    public void One_million_consecutive_indices_start_with_one_million_different_draws()
    {
        const int count = 1_000_000;
        var first = new HashSet<ulong>(count);

        for (var index = 0; index < count; index++)
        {
            first.Add(SeededRandom.For(42, 0x5E2F, index).NextUInt64());
        }

        Assert.Equal(count, first.Count);
    }

    [Fact]
    public void The_same_seed_salt_and_index_give_the_same_draws_and_another_salt_others()
    {
        var draws = Draws(SeededRandom.For(7, 1, 12));

        Assert.Equal(draws, Draws(SeededRandom.For(7, 1, 12)));
        Assert.NotEqual(draws, Draws(SeededRandom.For(7, 2, 12)));

        static ulong[] Draws(SeededRandom random) => [.. Enumerable.Range(0, 8).Select(_ => random.NextUInt64())];
    }

    [Fact]
    public void Every_draw_stays_within_its_bounds()
    {
        var random = SeededRandom.For(42, 0, 0);

        for (var n = 0; n < 10_000; n++)
        {
            Assert.InRange(random.Next(), 0, int.MaxValue - 1);
            Assert.InRange(random.Next(7), 0, 6);
            Assert.InRange(random.Next(-3, 4), -3, 3);
            Assert.InRange(random.Next(int.MinValue, int.MaxValue), int.MinValue, int.MaxValue - 1);
            Assert.InRange(random.NextInt64(), 0, long.MaxValue - 1);
            Assert.InRange(random.NextInt64(1_000_000_000_000), 0, 999_999_999_999);
            Assert.InRange(random.NextInt64(-5, 5), -5, 4);
            Assert.InRange(random.NextDouble(), 0.0, Math.BitDecrement(1.0));
            Assert.InRange(random.NextSingle(), 0f, MathF.BitDecrement(1f));
        }

        Assert.Equal(0, random.Next(0));
        Assert.Equal(5, random.Next(5, 5));
        Assert.Equal(0, random.NextInt64(0));
    }

    [Fact]
    public void Small_ranges_are_drawn_evenly()
    {
        var random = SeededRandom.For(42, 0, 1);
        var counts = new int[6];

        for (var n = 0; n < 60_000; n++)
        {
            counts[random.Next(6)]++;
        }

        Assert.All(counts, count => Assert.InRange(count, 9_500, 10_500));
    }

    [Fact]
    public void Bytes_are_filled_to_any_length_from_the_same_stream_as_a_span_or_an_array()
    {
        var array = new byte[13];
        Span<byte> span = stackalloc byte[13];

        SeededRandom.For(1, 2, 3).NextBytes(array);
        SeededRandom.For(1, 2, 3).NextBytes(span);

        Assert.Equal(array, span.ToArray());
        Assert.NotEqual(0, array[12] | array[11] | array[10] | array[9] | array[8]);
    }
}
