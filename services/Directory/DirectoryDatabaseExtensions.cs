using Directory.Api.Changes;
using Directory.Api.Data;
using Directory.Api.Search;
using Platform.ServiceDefaults.Database;

namespace Directory.Api;

public static class DirectoryDatabaseExtensions
{
    public static IHostApplicationBuilder AddDirectoryDatabase(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<DirectoryDbContext, SqliteDirectoryDbContext, PostgresDirectoryDbContext>("Directory");
        builder.Services.AddScoped<ServiceSearch>();
        builder.Services.AddScoped<DirectoryChanges>();
        builder.Services.AddScoped<ServiceAtLocationSearch>();
        builder.Services.AddScoped<OrganizationSearch>();
        builder.Services.AddScoped<TaxonomySearch>();
        builder.Services.AddScoped<TaxonomyTermSearch>();
        return builder;
    }
}
