using DevSidecar.Tests.Fakes;

namespace DevSidecar.Tests;

public sealed class ShutdownTests
{
    [Fact]
    public async Task Stopping_the_sidecar_ends_delivery_at_once_and_says_what_was_lost()
    {
        await using var app = await FakeApp.StartAsync([FakeApp.Subscription("referral-created", "referrals")], _ => Answer.Code(500));
        await using var sidecar = await SidecarUnderTest.StartAsync(app, new Dictionary<string, string?>
        {
            ["Delivery:MaxRetries"] = "10",
            ["Delivery:InitialBackoff"] = "01:00:00",
            ["Delivery:MaxBackoff"] = "01:00:00",
        });
        await sidecar.PublishNamedAsync("referral-created", "retrying");
        await sidecar.Logs.WaitForAsync(entry => entry.Message.StartsWith("Retrying", StringComparison.Ordinal));
        await sidecar.PublishNamedAsync("referral-created", "queued");

        // Well within the host's 30-second shutdown timeout, so a worker that ignored the stop would fail this.
        await sidecar.StopAsync().WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);

        var lost = Assert.Single(sidecar.Logs.Entries, entry => entry.Message.StartsWith("Stopped with", StringComparison.Ordinal));
        Assert.Equal("2", lost["Count"]);
    }
}
