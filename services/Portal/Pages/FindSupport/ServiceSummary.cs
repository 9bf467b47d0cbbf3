using Portal.Directory;

namespace Portal.Pages.FindSupport;

/// <summary>What one search result shows: enough to choose, with the full record a click away.</summary>
public sealed record ServiceSummary(
    Guid Id,
    string Name,
    string? Organisation,
    string? Description,
    string? Where,
    string? Cost,
    string? HowToGetHelp,
    string? Status,
    string? Distance)
{
    private const int DescriptionLength = 200;

    public static ServiceSummary From(ServiceDocument service) => new(
        service.Id,
        service.Name,
        service.Organization?.Name,
        Shorten(service.Description),
        Places.Summarise(service),
        Costs.Summarise(service),
        GettingHelp.Summarise(service),
        ServiceStatus.Describe(service.Status),
        Distance: null);

    /// <summary>A service at one of its places, from a search near a postcode: where is that place, and how far it is.</summary>
    public static ServiceSummary From(ServiceAtLocationDocument place)
    {
        var service = place.Service
            ?? throw new InvalidOperationException($"The Directory listed service at location {place.Id} without its service.");
        return From(service) with
        {
            Where = place.Location is { } location ? Places.Describe(location) : null,
            Distance = place.Distance is { } metres ? Distances.Describe(metres) : null,
        };
    }

    /// <summary>The first sentence, or the first words of a long one.</summary>
    public static string? Shorten(string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return null;
        }

        var text = description.Trim();
        var sentenceEnd = text.IndexOf(". ", StringComparison.Ordinal);
        if (sentenceEnd >= 0 && sentenceEnd < DescriptionLength)
        {
            return text[..(sentenceEnd + 1)];
        }

        if (text.Length <= DescriptionLength)
        {
            return text;
        }

        var lastSpace = text.LastIndexOf(' ', DescriptionLength);
        return text[..(lastSpace > 0 ? lastSpace : DescriptionLength)].TrimEnd(',', ';', ':') + "…";
    }
}
