namespace Gateway.DevelopmentTokens;

/// <summary>A seeded person a developer can act as. Stands in for NHS login and NHS CIS2 locally.</summary>
public sealed class Persona
{
    public required string Subject { get; set; }
    public required string Role { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public string? OrganisationId { get; set; }
    public string? NhsNumber { get; set; }
}
