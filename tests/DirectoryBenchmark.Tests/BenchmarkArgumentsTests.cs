namespace DirectoryBenchmark.Tests;

public sealed class BenchmarkArgumentsTests
{
    [Fact]
    public void With_no_options_it_measures_100k_services_at_200_requests_a_second()
    {
        var arguments = BenchmarkArguments.Parse([]);

        Assert.Null(arguments.Error);
        Assert.Equal(100_000, arguments.Services);
        Assert.Equal(200, arguments.Rate);
        Assert.Equal(BenchmarkArguments.DefaultPostgres, arguments.Postgres);
        Assert.False(arguments.OpenNow);
    }

    [Fact]
    public void Options_set_what_they_name()
    {
        var arguments = BenchmarkArguments.Parse(
            ["--services", "10,000", "--seed", "-3", "--rate", "50", "--seconds", "5", "--requests", "100", "--open-now", "--postgres", "Host=db;Username=u"]);

        Assert.Null(arguments.Error);
        Assert.Equal((10_000, -3, 50, 5, 100, true, "Host=db;Username=u"),
            (arguments.Services, arguments.Seed, arguments.Rate, arguments.Seconds, arguments.Requests, arguments.OpenNow, arguments.Postgres));
    }

    [Theory]
    [InlineData("--services", "0", "--services must be a whole number from 1 to 10,000,000, not '0'.")]
    [InlineData("--rate", "fast", "--rate must be a whole number from 1 to 100,000, not 'fast'.")]
    [InlineData("--seconds", null, "--seconds must be a whole number from 1 to 3,600, not ''.")]
    [InlineData("--postgres", null, "--postgres needs a connection string")]
    [InlineData("--postgres", "Nonsense=1", "--postgres is not a connection string Npgsql understands")]
    [InlineData("--colour", null, "Unknown option '--colour'.")]
    public void A_bad_option_is_refused_with_what_was_wrong(string option, string? value, string error)
    {
        var arguments = BenchmarkArguments.Parse(value is null ? [option] : [option, value]);

        Assert.NotNull(arguments.Error);
        Assert.StartsWith(error, arguments.Error, StringComparison.Ordinal);
    }
}
