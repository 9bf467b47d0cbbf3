using Directory.Api.History;

namespace Directory.Api.Editing;

public static class EditingServiceExtensions
{
    /// <summary>
    /// What changes the directory: the editing API's pipeline and the versioned save it shares with the
    /// import. Needs the database and the outbox (<c>AddMessaging</c>) registered.
    /// </summary>
    public static IHostApplicationBuilder AddDirectoryEditing(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<StoredServices>();
        builder.Services.AddScoped<ReferenceResolver>();
        builder.Services.AddScoped<ServiceGraphWriter>();
        builder.Services.AddScoped<ServiceChangeRecorder>();
        builder.Services.AddScoped<ServiceSaver>();
        builder.Services.AddScoped<ServiceEditor>();
        return builder;
    }
}
