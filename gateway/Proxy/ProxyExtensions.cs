namespace Gateway.Proxy;

public static class ProxyExtensions
{
    /// <summary>Routes and clusters come from the <c>ReverseProxy</c> configuration section (see appsettings.json).</summary>
    public static IHostApplicationBuilder AddPlatformProxy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));
        return builder;
    }

    /// <summary>The open data feed may be read from any web page: it is public and read-only.</summary>
    public static IHostApplicationBuilder AddOpenDataCors(this IHostApplicationBuilder builder)
    {
        builder.Services.AddCors(cors => cors.AddPolicy(OpenDataCorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithMethods("GET", "HEAD", "OPTIONS")
            .AllowAnyHeader()
            .WithExposedHeaders("X-Correlation-Id", "Retry-After")));
        return builder;
    }

    public const string OpenDataCorsPolicy = "open-data";
}
