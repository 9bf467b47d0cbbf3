using Platform.Testing;

namespace Directory.Api.Tests;

/// <summary>The Directory, on SQLite, pointed at a postcodes.io address where nothing listens.</summary>
public sealed class UnreachableGeocoderFixture() : DirectoryFixture(DatabaseEngine.Sqlite, new Dictionary<string, string?>
{
    ["Geocoding:Provider"] = "PostcodesIo",
    ["Geocoding:PostcodesIoUrl"] = $"http://127.0.0.1:{LoopbackPorts.Take(1)[0]}/",
});
