namespace Offers.Api.Tests;

/// <summary>A service in the demo directory, and the organisation that runs it.</summary>
public sealed record DemoService(Guid Id, Guid OrganizationId);
