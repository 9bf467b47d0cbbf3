using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Testing;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests;

/// <summary>A resident's journey in a real browser, with JavaScript on and with it off.</summary>
public sealed class BrowserJourneyTests(PortalFixture portal, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>Where the journey's screenshots are left for a person to look at.</summary>
    private static readonly string ScreenshotFolder = Path.Combine(Path.GetTempPath(), "portal-screenshots");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_resident_searches_for_walking_and_opens_the_walking_groups_page(bool javaScriptEnabled)
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portal.PortalHost.HttpUrl,
            JavaScriptEnabled = javaScriptEnabled,
            ViewportSize = new ViewportSize { Width = 1024, Height = 768 },
        });
        var page = await context.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };
        var mode = javaScriptEnabled ? "with-javascript" : "without-javascript";

        await page.GotoAsync("/");
        await Expect(page).ToHaveTitleAsync("Find support – Neighbourhood Care");
        await page.GetByLabel("What are you looking for?").FillAsync("walking");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Search" }).ClickAsync();

        // A GET form sends every field, the empty postcode box too.
        await Expect(page).ToHaveURLAsync(new Regex("/find-support\\?search=walking&postcode=$"));
        await Expect(page.Locator("#results")).ToContainTextAsync("services found for 'walking'");
        await SaveScreenshotAsync(page, $"find-support-{mode}.png");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = PortalFixture.WalkingGroupName, Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/services/{PortalFixture.WalkingGroupId}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync(PortalFixture.WalkingGroupName);
        await Expect(page.GetByText("Saturdays, 9:30am to midday")).ToBeVisibleAsync();
        await Expect(page.GetByText("You can refer yourself.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Times you can book" })).ToBeVisibleAsync();
        await Expect(page.GetByText("1 place left").First).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, $"service-{mode}.png");

        // A Content-Security-Policy violation or a failed asset shows here as a console error.
        Assert.Empty(consoleErrors);
        Assert.Equal(javaScriptEnabled, await page.EvaluateAsync<bool>("document.body.classList.contains('nhsuk-frontend-supported')"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_resident_searches_for_walking_near_their_postcode_and_opens_the_nearest_walking_group(bool javaScriptEnabled)
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portal.PortalHost.HttpUrl,
            JavaScriptEnabled = javaScriptEnabled,
            ViewportSize = new ViewportSize { Width = 1024, Height = 768 },
        });
        var page = await context.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };

        await page.GotoAsync("/");
        await page.GetByLabel("What are you looking for?").FillAsync("walking");
        await page.GetByLabel("Postcode").FillAsync("E6 2RT");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Search" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/find-support\\?search=walking&postcode=E6\\+2RT$"));
        await Expect(page.Locator("#results")).ToContainTextAsync("found near E6 2RT for 'walking'");
        var walkingGroup = page.Locator(".nhsuk-card").Filter(new LocatorFilterOptions { HasText = PortalFixture.WalkingGroupName });
        await Expect(walkingGroup).ToContainTextAsync("miles away");
        await SaveScreenshotAsync(page, $"find-support-near-postcode-{(javaScriptEnabled ? "with" : "without")}-javascript.png");
        await walkingGroup.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = PortalFixture.WalkingGroupName, Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/services/{PortalFixture.WalkingGroupId}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync(PortalFixture.WalkingGroupName);
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task With_JavaScript_a_postcode_error_in_the_summary_moves_focus_to_the_postcode_field()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.PortalHost.HttpUrl });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await page.GetByLabel("What are you looking for?").FillAsync("walking");
        await page.GetByLabel("Postcode").FillAsync("E6 2R");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Search" }).ClickAsync();
        await Expect(page.Locator(".nhsuk-error-summary")).ToBeFocusedAsync();
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Enter a real postcode, like E6 2RT" }).ClickAsync();

        await Expect(page.GetByLabel("Postcode")).ToBeFocusedAsync();
        await Expect(page.GetByLabel("Postcode")).ToHaveValueAsync("E6 2R");
    }

    [Fact]
    public async Task With_JavaScript_the_error_summary_takes_focus_and_its_link_moves_focus_to_the_field()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.PortalHost.HttpUrl });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Search" }).ClickAsync();
        await Expect(page).ToHaveTitleAsync("Error: Find support – Neighbourhood Care");
        await Expect(page.Locator(".nhsuk-error-summary")).ToBeFocusedAsync();
        await SaveScreenshotAsync(page, "find-support-error.png");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Enter what you are looking for or a postcode" }).ClickAsync();

        await Expect(page.GetByLabel("What are you looking for?")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task The_first_tab_shows_the_skip_link_which_jumps_to_the_main_content()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.PortalHost.HttpUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/find-support?search=walking");

        await page.Keyboard.PressAsync("Tab");
        var skipLink = page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Skip to main content" });
        await Expect(skipLink).ToBeFocusedAsync();
        // Visually hidden (a 1px clip) until it has focus; then it is shown.
        var shown = await skipLink.BoundingBoxAsync();
        Assert.True(shown is { Width: > 10, Height: > 10 }, "The focused skip link is not shown.");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("#maincontent$"));
    }

    private static Task SaveScreenshotAsync(IPage page, string name)
    {
        System.IO.Directory.CreateDirectory(ScreenshotFolder);
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name), FullPage = true });
    }
}
