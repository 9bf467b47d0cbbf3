namespace Directory.Api.Geography;

public static class PostcodeGeocodingExtensions
{
    /// <summary>A search waits on the geocoder: better a prompt 503 than a page that hangs for HttpClient's default 100 seconds.</summary>
    private static readonly TimeSpan PostcodesIoTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Registers <see cref="IPostcodeGeocoder"/> as <c>Geocoding:Provider</c> says: <c>Offline</c> (the
    /// default: the copied OS centroids, no network) or <c>PostcodesIo</c> (a postcodes.io-compatible
    /// server at <c>Geocoding:PostcodesIoUrl</c>). A bad setting stops the service at start, not at the
    /// first search.
    /// </summary>
    public static IHostApplicationBuilder AddPostcodeGeocoding(this IHostApplicationBuilder builder)
    {
        var provider = builder.Configuration["Geocoding:Provider"] ?? "Offline";
        if (provider.Equals("Offline", StringComparison.OrdinalIgnoreCase))
        {
            // Read now, once (tens of milliseconds, most of it JIT): a missing or damaged file stops the
            // service at start instead of failing its first search, and no search pays for the load.
            builder.Services.AddSingleton<IPostcodeGeocoder>(OfflinePostcodeGeocoder.Load(OfflinePostcodeGeocoder.DefaultDataDirectory));
        }
        else if (provider.Equals("PostcodesIo", StringComparison.OrdinalIgnoreCase))
        {
            var server = PostcodesIoServer(builder.Configuration["Geocoding:PostcodesIoUrl"]);
            builder.Services.AddHttpClient<IPostcodeGeocoder, PostcodesIoGeocoder>(client =>
            {
                client.BaseAddress = server;
                client.Timeout = PostcodesIoTimeout;
            });
        }
        else
        {
            throw new InvalidOperationException($"Geocoding:Provider is '{provider}': use Offline or PostcodesIo.");
        }

        return builder;
    }

    private static Uri PostcodesIoServer(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var server) || (server.Scheme != Uri.UriSchemeHttp && server.Scheme != Uri.UriSchemeHttps))
        {
            throw new InvalidOperationException("Geocoding:PostcodesIoUrl must be the http(s) address of a postcodes.io-compatible server when Geocoding:Provider is PostcodesIo.");
        }

        // Relative paths resolve under a base address only when it ends in a slash, so a server
        // behind a path prefix (https://host/postcodes-io) keeps its prefix.
        return server.AbsoluteUri.EndsWith('/') ? server : new Uri(server.AbsoluteUri + "/");
    }
}
