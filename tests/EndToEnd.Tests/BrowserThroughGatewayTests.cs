using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Testing;
using static Microsoft.Playwright.Assertions;

namespace EndToEnd.Tests;

/// <summary>The Find support page as a resident reaches it: through the gateway, in headless Chromium.</summary>
public sealed class BrowserThroughGatewayTests(SqlitePlatformFixture platform, BrowserFixture browser)
    : IClassFixture<SqlitePlatformFixture>, IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_resident_finds_the_walking_group_and_opens_it_through_the_gateway(bool javaScriptEnabled)
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = platform.Platform.GatewayUrl,
            JavaScriptEnabled = javaScriptEnabled,
        });
        var page = await context.NewPageAsync();
        var failedRequests = new List<string>();
        page.RequestFailed += (_, request) => failedRequests.Add(request.Url);

        await page.GotoAsync("/");
        await page.GetByLabel("What are you looking for?").FillAsync("walking");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Search" }).ClickAsync();
        await Expect(page.Locator("#results")).ToContainTextAsync("services found for 'walking'");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Newham Striders Health Walks", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(platform.Platform.GatewayUrl) + "/services/[0-9a-f-]{36}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync("Newham Striders Health Walks");
        Assert.Empty(failedRequests);
    }
}
