using Platform.Testing;

namespace Referrals.Api.Tests;

/// <summary>The seeded personas as tokens would describe them.</summary>
public sealed record Persona(string Subject, string Role, string? OrganisationId = null, string? NhsNumber = null)
{
    public const string WalkingGroupId = "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e01";
    public const string WalkingGroupOrganisationId = "5b6c1f0e-8a57-4d0e-9c3a-2f1e7d6a9b01";
    public const string ProfessionalOnlyServiceId = "1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a01";

    public static readonly Persona Resident = new("resident-aisha-rahman", "resident", NhsNumber: "9990000018");
    public static readonly Persona Resident2 = new("resident-tomasz-nowak", "resident", NhsNumber: "9990000026");
    public static readonly Persona Gp = new("staff-dr-grace-okafor", "referrer", OrganisationId: "7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a01");
    public static readonly Persona Provider = new("staff-sam-patel", "provider", OrganisationId: WalkingGroupOrganisationId);
    public static readonly Persona OtherProvider = new("staff-other-org", "provider", OrganisationId: "11111111-2222-4333-8444-555555555555");
    public static readonly Persona Commissioner = new("staff-helen-adeyemi", "commissioner", OrganisationId: "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c01");

    public string TokenFrom(TestTokens tokens) => tokens.For(Subject, Role, OrganisationId, NhsNumber);
}
