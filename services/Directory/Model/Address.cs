namespace Directory.Api.Model;

public sealed class Address : IListedInOrder
{
    public Guid Id { get; set; }
    public int Position { get; set; }
    public Guid LocationId { get; set; }
    public string? Attention { get; set; }
    public required string Address1 { get; set; }
    public required string City { get; set; }
    public string? Region { get; set; }
    public required string StateProvince { get; set; }
    public required string PostalCode { get; set; }
    public required string Country { get; set; }
    public string AddressType { get; set; } = "physical";
    public List<OtherAttribute> Attributes { get; set; } = [];
}
