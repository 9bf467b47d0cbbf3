using Platform.Contracts.Directory.V1;
using Platform.Contracts.Offers.V1;
using Platform.Messaging;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Database;
using Platform.ServiceDefaults.ServiceClients;
using Referrals.Api.Data;
using Referrals.Api.Submission;

namespace Referrals.Api;

public static class ReferralsServiceExtensions
{
    public static IHostApplicationBuilder AddReferralsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ReferralsDbContext, SqliteReferralsDbContext, PostgresReferralsDbContext>("Referrals");
        builder.AddAuditTrail<ReferralsDbContext>();
        builder.AddMessaging<ReferralsDbContext>();
        builder.AddServiceGrpcClient<DirectoryService.DirectoryServiceClient>("Directory");
        builder.AddServiceGrpcClient<OffersService.OffersServiceClient>("Offers");
        builder.Services.AddScoped<ReferralTargetCheck>();
        builder.Services.AddGrpc();
        return builder;
    }
}
