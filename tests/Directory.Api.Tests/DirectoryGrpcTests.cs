using Grpc.Core;
using Platform.Contracts.Directory.V1;

namespace Directory.Api.Tests;

/// <summary>The questions other services ask the Directory over gRPC (HTTP/2 on its own port).</summary>
public abstract class DirectoryGrpcTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DirectoryFixture
{
    private const string WalkingGroupId = "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e01";
    private const string ProfessionalOnlyId = "1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a01";
    private readonly DirectoryService.DirectoryServiceClient _directory = new(fixture.Host.CreateGrpcChannel());

    [Fact]
    public async Task GetService_says_which_referral_routes_a_service_accepts()
    {
        var walking = await _directory.GetServiceAsync(new GetServiceRequest { ServiceId = WalkingGroupId });
        var linkWorkers = await _directory.GetServiceAsync(new GetServiceRequest { ServiceId = ProfessionalOnlyId });

        Assert.Equal("active", walking.Status);
        Assert.Contains(ReferralRoute.Self, walking.ReferralRoutes);
        Assert.Equal([ReferralRoute.Professional], linkWorkers.ReferralRoutes);
        Assert.Contains("in_person", walking.Channels);
    }

    [Fact]
    public async Task GetService_of_an_unknown_id_is_NotFound()
    {
        var call = _directory.GetServiceAsync(new GetServiceRequest { ServiceId = Guid.NewGuid().ToString() });

        var failure = await Assert.ThrowsAsync<RpcException>(async () => await call);
        Assert.Equal(StatusCode.NotFound, failure.StatusCode);
    }

    [Fact]
    public async Task GetService_of_a_malformed_id_is_InvalidArgument()
    {
        var call = _directory.GetServiceAsync(new GetServiceRequest { ServiceId = "walking" });

        var failure = await Assert.ThrowsAsync<RpcException>(async () => await call);
        Assert.Equal(StatusCode.InvalidArgument, failure.StatusCode);
    }

    [Fact]
    public async Task CheckEligibility_refuses_a_self_referral_to_a_professional_only_service()
    {
        var answer = await _directory.CheckEligibilityAsync(new CheckEligibilityRequest
        {
            ServiceId = ProfessionalOnlyId,
            ReferralRoute = ReferralRoute.Self,
        });

        Assert.False(answer.Eligible);
        Assert.Contains(answer.Reasons, reason => reason.Code == "route_not_accepted");
        Assert.Equal(ProfessionalOnlyId, answer.Service.ServiceId);
    }

    [Fact]
    public async Task CheckEligibility_accepts_an_adult_self_referring_to_the_walking_group()
    {
        var answer = await _directory.CheckEligibilityAsync(new CheckEligibilityRequest
        {
            ServiceId = WalkingGroupId,
            ReferralRoute = ReferralRoute.Self,
            Age = 54,
        });

        Assert.True(answer.Eligible, string.Join("; ", answer.Reasons.Select(r => r.Message)));
    }

    [Fact]
    public async Task CheckEligibility_explains_an_age_below_the_services_minimum()
    {
        var walking = await _directory.GetServiceAsync(new GetServiceRequest { ServiceId = WalkingGroupId });
        Assert.NotNull(walking.MinimumAge);

        var answer = await _directory.CheckEligibilityAsync(new CheckEligibilityRequest
        {
            ServiceId = WalkingGroupId,
            ReferralRoute = ReferralRoute.Self,
            Age = walking.MinimumAge.Value - 1,
        });

        Assert.False(answer.Eligible);
        Assert.Contains(answer.Reasons, reason => reason.Code == "below_minimum_age");
    }

    [Fact]
    public async Task BatchGetServices_returns_the_known_and_lists_the_missing()
    {
        var unknown = Guid.NewGuid().ToString();
        var request = new BatchGetServicesRequest { ServiceIds = { WalkingGroupId, ProfessionalOnlyId, unknown } };

        var answer = await _directory.BatchGetServicesAsync(request);

        Assert.Equal(2, answer.Services.Count);
        Assert.Equal([unknown], answer.MissingServiceIds);
    }
}

public sealed class DirectoryGrpcOnSqliteTests(SqliteDirectoryFixture fixture) : DirectoryGrpcTests<SqliteDirectoryFixture>(fixture);

public sealed class DirectoryGrpcOnPostgresTests(PostgresDirectoryFixture fixture) : DirectoryGrpcTests<PostgresDirectoryFixture>(fixture);
