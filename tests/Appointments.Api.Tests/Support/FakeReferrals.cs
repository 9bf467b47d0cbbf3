using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Referrals.V1;
using Platform.Testing;

namespace Appointments.Api.Tests.Support;

/// <summary>
/// A real gRPC server on loopback (HTTP/2 only, as services are deployed) that answers
/// <c>CheckReferralForBooking</c> from referrals the tests register.
/// </summary>
public sealed class FakeReferrals : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Guid, (string NhsNumber, Guid ServiceId)> _referrals = new();
    private WebApplication? _app;

    public string Url { get; private set; } = "";

    /// <summary>Registers a referral of <paramref name="nhsNumber"/> to <paramref name="serviceId"/>; returns its id.</summary>
    public Guid Add(string nhsNumber, Guid serviceId)
    {
        var id = Guid.NewGuid();
        _referrals[id] = (nhsNumber, serviceId);
        return id;
    }

    public CheckReferralForBookingResponse Answer(CheckReferralForBookingRequest request)
    {
        var belongs = Guid.TryParse(request.ReferralId, out var id)
            && _referrals.TryGetValue(id, out var referral)
            && referral.NhsNumber == request.NhsNumber
            && referral.ServiceId.ToString() == request.ServiceId;
        return new CheckReferralForBookingResponse { Belongs = belongs, Status = belongs ? "accepted" : "" };
    }

    public async Task StartAsync()
    {
        var builder = LoopbackApp.CreateBuilder(protocols: HttpProtocols.Http2);
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(this);

        _app = builder.Build();
        _app.MapGrpcService<FakeReferralsService>();
        await _app.StartAsync();
        Url = _app.Urls.Single();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
