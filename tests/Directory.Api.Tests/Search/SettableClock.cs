namespace Directory.Api.Tests.Search;

/// <summary>A clock that says what the test sets, for asking "open now?" at chosen instants.</summary>
public sealed class SettableClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = DateTimeOffset.UnixEpoch;

    public override DateTimeOffset GetUtcNow() => Now;
}
