using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Platform.Testing;

namespace Directory.Api.Tests.Geography;

/// <summary>
/// A postcodes.io stand-in on loopback: real HTTP, answering <c>/postcodes/{postcode}</c> and
/// <c>/outcodes/{outcode}</c> in the documented JSON shape (https://api.postcodes.io/docs) for a few
/// postcodes, 404 as postcodes.io does for any other, 500 for B1 1ZZ, and a proxy's HTML page in
/// place of the API for N1 9ZZ.
/// </summary>
public sealed class FakePostcodesIo : IAsyncLifetime
{
    public const string ServerErrorPostcode = "B1 1ZZ";
    public const string UnplaceablePostcode = "E20 9ZZ";
    public const string MaintenancePagePostcode = "N1 9ZZ";

    private WebApplication? _app;

    public Uri Address { get; private set; } = null!;

    /// <summary>The request paths as they arrived, for checking what the client asked.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public async ValueTask InitializeAsync()
    {
        _app = LoopbackApp.CreateBuilder().Build();
        _app.Use((context, next) =>
        {
            Requests.Enqueue(context.Request.Path.ToUriComponent());
            return next(context);
        });
        _app.MapGet("/postcodes/{postcode}", (string postcode) => Compact(postcode) switch
        {
            "E62RT" => Results.Text(
                """
                {"status":200,"result":{"postcode":"E6 2RT","quality":1,"eastings":542784,"northings":183480,"country":"England",
                "nhs_ha":"London","longitude":0.058412,"latitude":51.535947,"european_electoral_region":"London","primary_care_trust":"Newham",
                "region":"London","lsoa":"Newham 012C","msoa":"Newham 012","incode":"2RT","outcode":"E6","parliamentary_constituency":"East Ham",
                "admin_district":"Newham","parish":"Newham, unparished area","admin_county":null,"admin_ward":"East Ham",
                "codes":{"admin_district":"E09000025","admin_county":"E99999999"}}}
                """,
                "application/json"),
            "E209ZZ" => Results.Text(
                """{"status":200,"result":{"postcode":"E20 9ZZ","quality":9,"eastings":null,"northings":null,"longitude":null,"latitude":null,"admin_district":"Newham"}}""",
                "application/json"),
            "B11ZZ" => Results.Text("""{"status":500,"error":"Internal server error"}""", "application/json", statusCode: 500),
            "N19ZZ" => Results.Text("<html><body>Down for maintenance</body></html>", "text/html"),
            _ => Results.Text("""{"status":404,"error":"Postcode not found"}""", "application/json", statusCode: 404),
        });
        _app.MapGet("/outcodes/{outcode}", (string outcode) => Compact(outcode) switch
        {
            "E6" => Results.Text(
                """{"status":200,"result":{"outcode":"E6","longitude":0.0537,"latitude":51.5266,"northings":182760,"eastings":542530,"admin_district":["Newham"],"country":["England"]}}""",
                "application/json"),
            "SW1A" => Results.Text(
                """{"status":200,"result":{"outcode":"SW1A","longitude":-0.13226037062937065,"latitude":51.504530636363654,"admin_district":["Westminster","Wandsworth"]}}""",
                "application/json"),
            _ => Results.Text("""{"status":404,"error":"Outcode not found"}""", "application/json", statusCode: 404),
        });
        await _app.StartAsync();
        Address = new Uri(_app.Urls.Single());
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private static string Compact(string postcode) => postcode.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
}
