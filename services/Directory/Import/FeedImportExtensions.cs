using Directory.Api.Editing;

namespace Directory.Api.Import;

public static class FeedImportExtensions
{
    /// <summary>The import's steps over the Directory's database, with the versioned save they write through.</summary>
    public static IHostApplicationBuilder AddFeedImport(this IHostApplicationBuilder builder)
    {
        builder.AddDirectoryEditing();
        builder.Services.AddScoped<FeedServiceImporter>();
        builder.Services.AddScoped<FeedTaxonomyImporter>();
        return builder;
    }
}
