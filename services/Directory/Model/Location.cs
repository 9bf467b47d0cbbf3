namespace Directory.Api.Model;

/// <summary>An ORUK location: a place (physical), a postal address, or a virtual presence.</summary>
public sealed class Location
{
    public Guid Id { get; set; }
    public string LocationType { get; set; } = "physical";
    public string? Name { get; set; }
    public string? Description { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? ExternalIdentifier { get; set; }
    public string? ExternalIdentifierType { get; set; }
    public List<Address> Addresses { get; set; } = [];
    public List<Accessibility> Accessibility { get; set; } = [];
    public List<OtherAttribute> Attributes { get; set; } = [];
}
