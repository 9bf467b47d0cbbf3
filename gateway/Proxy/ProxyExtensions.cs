namespace Gateway.Proxy;

public static class ProxyExtensions
{
    private static readonly TimeSpan DnsRefreshPeriod = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Routes and clusters come from the <c>ReverseProxy</c> configuration section (see appsettings.json).
    /// Each cluster address is resolved through DNS: on Kubernetes it names a headless Service, so every
    /// ready pod becomes a destination. A Service's single virtual IP would pin the pooled connections to
    /// one pod. The short refresh lets a pod that leaves the Service stop receiving requests within
    /// seconds; the chart's pre-stop delay is longer than this period.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformProxy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddDnsDestinationResolver(dns => dns.RefreshPeriod = DnsRefreshPeriod);
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
