namespace Directory.Api.OpenReferral.Documents;

public sealed record ServiceAtLocationDocument
{
    public required Guid Id { get; init; }
    public Guid? ServiceId { get; init; }
    public Guid? LocationId { get; init; }
    public LocationDocument? Location { get; init; }
}
