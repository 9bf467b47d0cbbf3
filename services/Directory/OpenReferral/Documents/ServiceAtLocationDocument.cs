namespace Directory.Api.OpenReferral.Documents;

public sealed record ServiceAtLocationDocument
{
    public required Guid Id { get; init; }
    public Guid? ServiceId { get; init; }
    public Guid? LocationId { get; init; }
    public LocationDocument? Location { get; init; }

    /// <summary>The service delivered here, as the ORUK service-at-location list and package nest it.</summary>
    public ServiceDocument? Service { get; init; }

    /// <summary>Our extension: the distance in metres from the postcode searched, when one was given.</summary>
    public double? Distance { get; init; }
}
