namespace Directory.Api.Search.Index;

/// <summary>Where one of a service's locations is, in WGS84 degrees.</summary>
internal readonly record struct Coordinates(double Latitude, double Longitude);
