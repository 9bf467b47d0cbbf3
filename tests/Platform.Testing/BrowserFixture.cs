using Microsoft.Playwright;

using Xunit;

namespace Platform.Testing;

/// <summary>
/// One browser for the browser tests: the machine's own Chromium (Debian's <c>chromium</c> package),
/// driven by Playwright, which never downloads a browser here. <see cref="ExecutableVariable"/> points
/// it at a Chromium installed elsewhere.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ExecutableVariable = "PLATFORM_TEST_CHROMIUM";

    private const string DefaultExecutable = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable(ExecutableVariable) is { Length: > 0 } configured ? configured : DefaultExecutable;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Chromium is not at '{executable}'. Install Debian's chromium package, or set {ExecutableVariable} to a Chromium binary.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
