using System.Collections.Concurrent;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Offers.V1;
using Platform.Testing;

namespace Referrals.Api.Tests;

/// <summary>
/// A real gRPC server on loopback answering Offers' contract from places the test sets. It stands in for
/// Offers at its contract here; the end-to-end tests run the real Offers.
/// </summary>
public sealed class OffersStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OffersStandIn(WebApplication app, string url, ConcurrentDictionary<string, GetPlacesResponse> places)
    {
        _app = app;
        Url = url;
        Places = places;
    }

    public string Url { get; }

    /// <summary>Places by service id; a service not here has no offer.</summary>
    public ConcurrentDictionary<string, GetPlacesResponse> Places { get; }

    public static async Task<OffersStandIn> StartAsync()
    {
        var url = $"http://127.0.0.1:{LoopbackPorts.Take(1)[0]}";
        var builder = LoopbackApp.CreateBuilder(new Uri(url).Port, HttpProtocols.Http2);
        var places = new ConcurrentDictionary<string, GetPlacesResponse>();
        builder.Services.AddSingleton(places);
        builder.Services.AddGrpc();
        var app = builder.Build();
        app.MapGrpcService<PlacesService>();
        await app.StartAsync();
        return new OffersStandIn(app, url, places);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class PlacesService(ConcurrentDictionary<string, GetPlacesResponse> places) : OffersService.OffersServiceBase
    {
        public override Task<GetPlacesResponse> GetPlaces(GetPlacesRequest request, ServerCallContext context) =>
            Task.FromResult(places.TryGetValue(request.ServiceId, out var answer) ? answer : new GetPlacesResponse { HasOffer = false });
    }
}
