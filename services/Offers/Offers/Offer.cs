namespace Offers.Api.Offers;

/// <summary>
/// A time-bound VCSE offer of places on a service (the HSDS 3.1 <c>service_capacity</c> idea: so many
/// places available between two dates). It holds no personal data: who has a place is only a
/// referral id on a <see cref="Places.PlaceClaim"/>.
/// </summary>
public sealed class Offer
{
    public const int MaxTitleLength = 200;
    public const int MaxSummaryLength = 1000;
    public const int MaxPlaces = 10_000;

    public Offer(
        Guid id,
        Guid serviceId,
        Guid organizationId,
        string title,
        string? summary,
        string nelPriority,
        int placesTotal,
        DateOnly validFrom,
        DateOnly validTo,
        DateTimeOffset createdAt)
    {
        Id = id;
        ServiceId = serviceId;
        OrganizationId = organizationId;
        Title = title;
        Summary = summary;
        NelPriority = nelPriority;
        PlacesTotal = placesTotal;
        ValidFrom = validFrom;
        ValidTo = validTo;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
        Version = 1;
    }

    public Guid Id { get; private set; }

    public Guid ServiceId { get; private set; }

    /// <summary>The organisation that runs the service, as the Directory said when the offer was made.</summary>
    public Guid OrganizationId { get; private set; }

    public string Title { get; private set; }

    public string? Summary { get; private set; }

    /// <summary>One of <see cref="NelPriorities"/>, so commissioners can count offers by priority.</summary>
    public string NelPriority { get; private set; }

    public int PlacesTotal { get; private set; }

    /// <summary>Places kept for submitted referrals the provider has not answered yet.</summary>
    public int PlacesHeld { get; private set; }

    /// <summary>Places given to accepted referrals.</summary>
    public int PlacesTaken { get; private set; }

    /// <summary>First day of the offer, a London calendar date.</summary>
    public DateOnly ValidFrom { get; private set; }

    /// <summary>Last day of the offer, inclusive.</summary>
    public DateOnly ValidTo { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>
    /// Goes up with every change to the row, the place counters included, and guards every tracked
    /// update: an edit decided on counts that have since moved is refused rather than saved.
    /// </summary>
    public int Version { get; private set; }

    public int PlacesInUse => PlacesHeld + PlacesTaken;

    public int PlacesLeft => Math.Max(0, PlacesTotal - PlacesInUse);

    public void ChangeTerms(int? placesTotal, DateOnly? validTo, DateTimeOffset now)
    {
        PlacesTotal = placesTotal ?? PlacesTotal;
        ValidTo = validTo ?? ValidTo;
        UpdatedAt = now;
        Version++;
    }
}
