using System.Text.Json.Serialization;

namespace Directory.Api.OpenReferral.Documents;

public sealed record AddressDocument
{
    public required Guid Id { get; init; }
    public Guid? LocationId { get; init; }
    public string? Attention { get; init; }
    [JsonPropertyName("address_1")]
    public required string Address1 { get; init; }
    public required string City { get; init; }
    public string? Region { get; init; }
    public required string StateProvince { get; init; }
    public required string PostalCode { get; init; }
    public required string Country { get; init; }
    public required string AddressType { get; init; }
    public IReadOnlyList<AttributeDocument>? Attributes { get; init; }
}
