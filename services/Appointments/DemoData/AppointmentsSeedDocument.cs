namespace Appointments.Api.DemoData;

/// <summary>The demo data file (<c>tools/Launcher/Seed/appointments.json</c>): weekly booking templates.</summary>
public sealed record AppointmentsSeedDocument(IReadOnlyList<SlotTemplateDocument> Templates);
