using Gateway.DevelopmentTokens;
using Gateway.Proxy;
using Gateway.RateLimiting;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddPlatformProxy();
builder.AddTrustedProxies();
builder.AddClientRateLimits();
builder.AddOpenDataCors();
builder.AddDevelopmentTokenIssuer();

var app = builder.Build();

app.UseForwardedHeaders();
app.UseCors();
app.UseServiceDefaults();
app.UseRateLimiter();

app.MapDefaultEndpoints();
app.MapDevelopmentTokenIssuer();
app.MapUnknownApiPaths();
app.MapReverseProxy();

await app.RunAsync();

public partial class Program;
