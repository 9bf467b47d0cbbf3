using Platform.Contracts.Directory.V1;
using Platform.ServiceDefaults.ServiceClients;

namespace Offers.Api.Offers;

public static class OffersHostBuilderExtensions
{
    /// <summary>The offers model's services, and the Directory client (<c>Services:Directory:Grpc</c>) that checks whose service an offer is for.</summary>
    public static IHostApplicationBuilder AddOffers(this IHostApplicationBuilder builder)
    {
        builder.AddServiceGrpcClient<DirectoryService.DirectoryServiceClient>("Directory");
        builder.Services.AddSingleton<LondonCalendar>();
        builder.Services.AddScoped<CurrentOffers>();
        builder.Services.AddScoped<ServiceDirectory>();
        return builder;
    }
}
