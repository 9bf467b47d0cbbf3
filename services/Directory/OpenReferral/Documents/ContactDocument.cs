namespace Directory.Api.OpenReferral.Documents;

public sealed record ContactDocument
{
    public required Guid Id { get; init; }
    public Guid? ServiceId { get; init; }
    public string? Name { get; init; }
    public string? Title { get; init; }
    public IReadOnlyList<PhoneDocument>? Phones { get; init; }
}
