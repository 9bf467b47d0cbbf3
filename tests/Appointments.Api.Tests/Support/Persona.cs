namespace Appointments.Api.Tests.Support;

/// <summary>Who a test acts as: the claims a development token carries.</summary>
public sealed record Persona(string Subject, string Role, string? NhsNumber = null, string? OrganisationId = null);
