using Directory.Api.Model;

namespace Directory.Api.Search;

/// <summary>A service at a location found by a search, and how far it is from the postcode searched, if one was.</summary>
public sealed record ServiceAtLocationMatch(ServiceAtLocation Record, double? Distance);
