namespace Platform.Messaging.Tests.Support;

/// <summary>Waits for something a background service does. The deadline only bounds a hang; it asserts no speed.</summary>
public static class Eventually
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    public static async Task<T> ReturnsAsync<T>(Func<Task<T>> probe, Func<T, bool> condition, string what)
    {
        var giveUpAt = DateTime.UtcNow + Deadline;
        while (true)
        {
            var value = await probe();
            if (condition(value))
            {
                return value;
            }

            if (DateTime.UtcNow > giveUpAt)
            {
                throw new TimeoutException($"Gave up waiting until {what}.");
            }

            await Task.Delay(25, TestContext.Current.CancellationToken);
        }
    }

    public static Task HoldsAsync(Func<bool> condition, string what) =>
        ReturnsAsync(() => Task.FromResult(condition()), held => held, what);
}
