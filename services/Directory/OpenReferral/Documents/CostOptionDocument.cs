namespace Directory.Api.OpenReferral.Documents;

public sealed record CostOptionDocument
{
    public required Guid Id { get; init; }
    public Guid? ServiceId { get; init; }
    public string? ValidFrom { get; init; }
    public string? ValidTo { get; init; }
    public string? Option { get; init; }
    public decimal? Amount { get; init; }
    public string? AmountDescription { get; init; }
}
