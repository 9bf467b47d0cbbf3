namespace Offers.Api.DemoData;

/// <summary>One offer in the demo data file, as written there (snake_case).</summary>
public sealed record OfferSeed(
    Guid Id,
    Guid ServiceId,
    Guid OrganizationId,
    string Title,
    string? Summary,
    int PlacesTotal,
    DateOnly ValidFrom,
    DateOnly ValidTo,
    string NelPriority);
