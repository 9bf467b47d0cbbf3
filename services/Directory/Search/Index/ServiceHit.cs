namespace Directory.Api.Search.Index;

/// <summary>A service that passed every filter: its relevance score and, after a postcode search, its distance in whole metres.</summary>
internal readonly record struct ServiceHit(IndexedService Service, float Score, double? Distance);
