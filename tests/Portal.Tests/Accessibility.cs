namespace Portal.Tests;

/// <summary>
/// The accessibility basics a parser can check on every page (WCAG 2.2: 2.4.2 page titled, 3.1.1
/// language of page, 1.3.1 and 4.1.2 labelled fields and valid references, 2.4.1 bypass blocks).
/// </summary>
public static class Accessibility
{
    public static void AssertBasics(HtmlPage page)
    {
        var document = page.Document;

        Assert.Equal("en-GB", document.DocumentElement.GetAttribute("lang"));
        Assert.Matches("^.+ – Neighbourhood Care$", page.Title);
        Assert.Single(document.QuerySelectorAll("h1"));
        Assert.NotNull(document.QuerySelector("a.nhsuk-skip-link[href='#maincontent']"));
        Assert.Single(document.QuerySelectorAll("main#maincontent"));

        var duplicateIds = document.QuerySelectorAll("[id]").GroupBy(element => element.Id).Where(group => group.Count() > 1).Select(group => group.Key);
        Assert.Empty(duplicateIds);

        foreach (var field in document.QuerySelectorAll("input, select, textarea")
                     .Where(field => field.GetAttribute("type") is not ("hidden" or "submit" or "button")))
        {
            var labelled = (field.Id is { Length: > 0 } id && document.QuerySelector($"label[for='{id}']") is { } label && label.TextContent.Trim().Length > 0)
                || field.Closest("label") is not null;
            Assert.True(labelled, $"The field '{field.GetAttribute("name")}' has no label.");
        }

        foreach (var element in document.QuerySelectorAll("[aria-describedby], [aria-labelledby]"))
        {
            var references = $"{element.GetAttribute("aria-describedby")} {element.GetAttribute("aria-labelledby")}"
                .Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.All(references, reference => Assert.NotNull(document.GetElementById(reference)));
        }

        foreach (var link in document.QuerySelectorAll("a[href^='#']"))
        {
            Assert.NotNull(document.GetElementById(link.GetAttribute("href")![1..]));
        }

        Assert.All(document.QuerySelectorAll("img"), image => Assert.True(image.HasAttribute("alt"), "An image has no alt text."));
        Assert.All(document.QuerySelectorAll("svg[role=img]"), svg => Assert.False(string.IsNullOrWhiteSpace(svg.GetAttribute("aria-label"))));
    }
}

public sealed class AccessibilityTests(PortalFixture portal)
{
    public static TheoryData<string> Pages => new()
    {
        "/",
        "/find-support?search=walking",
        "/find-support?search=support&page=2",
        "/find-support?search=zzzz-no-such-support",
        "/find-support?search=",
        "/find-support?search=walking&postcode=E6+2RT",
        "/find-support?postcode=E6+2RT&page=2",
        "/find-support?search=walking&postcode=M1+1AA",
        "/find-support?search=walking&postcode=E6+2R",
        "/find-support?search=walking&postcode=ZZ9+9ZZ",
        "/find-support?search=&postcode=",
        "/services/" + PortalFixture.WalkingGroupId,
        "/services/" + PortalFixture.GrowingProjectId,
        "/services/00000000-0000-0000-0000-000000000000",
        "/services/not-a-service-id",
        "/no-such-page",
        "/accessibility",
        "/privacy",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_has_a_title_one_h1_a_language_labelled_fields_and_unique_ids(string path)
    {
        var page = await portal.Http.GetPageAsync(path);

        Accessibility.AssertBasics(page);
    }
}
