namespace Directory.Api.Search.Index;

/// <summary>A service on the page the index answered: its id, and after a postcode search its distance in whole metres.</summary>
public readonly record struct ServiceIndexMatch(Guid ServiceId, double? Distance);
