using Directory.Api.Model;

namespace Directory.Api.Search;

/// <summary>A service found by a search, and how far its nearest location is from the postcode searched, if one was.</summary>
public sealed record ServiceMatch(Service Record, double? Distance);
