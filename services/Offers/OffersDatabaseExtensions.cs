using Offers.Api.Data;
using Platform.ServiceDefaults.Database;

namespace Offers.Api;

public static class OffersDatabaseExtensions
{
    public static IHostApplicationBuilder AddOffersDatabase(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<OffersDbContext, SqliteOffersDbContext, PostgresOffersDbContext>("Offers");
        return builder;
    }
}
