namespace Appointments.Api.DemoData;

/// <summary>The weekly sessions of one service at one location (none for phone and online).</summary>
public sealed record SlotTemplateDocument(
    Guid ServiceId,
    Guid? LocationId,
    string? Description,
    IReadOnlyList<SessionDocument> Sessions);
