namespace Directory.Api.OpenReferral.Documents;

public sealed record FundingDocument
{
    public required Guid Id { get; init; }
    public Guid? ServiceId { get; init; }
    public string? Source { get; init; }
}
