using Platform.ServiceDefaults.Validation;

namespace Appointments.Api.Tests.Support;

/// <summary>The gateway's seeded development personas, and as many other residents as a test needs.</summary>
public static class Personas
{
    public static readonly Persona Resident = new("resident-aisha-rahman", "resident", NhsNumber: "9990000018");
    public static readonly Persona Resident2 = new("resident-tomasz-nowak", "resident", NhsNumber: "9990000026");
    public static readonly Persona Gp = new("staff-dr-grace-okafor", "referrer", OrganisationId: "7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a01");
    public static readonly Persona Provider = new("staff-sam-patel", "provider", OrganisationId: "5b6c1f0e-8a57-4d0e-9c3a-2f1e7d6a9b01");
    public static readonly Persona Admin = new("staff-platform-admin", "admin");

    /// <summary><paramref name="count"/> residents with distinct, valid NHS numbers of their own.</summary>
    public static IReadOnlyList<Persona> OtherResidents(int count) =>
        Enumerable.Range(100, int.MaxValue - 100)
            .SelectMany(n => Enumerable.Range(0, 10).Select(check => $"99900{n:D4}{check}"))
            .Where(NhsNumbers.IsValid)
            .Take(count)
            .Select(nhsNumber => new Persona($"resident-{nhsNumber}", "resident", nhsNumber))
            .ToList();
}
