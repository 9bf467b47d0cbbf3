using Offers.Api;
using Offers.Api.Data;
using Offers.Api.DemoData;
using Offers.Api.Grpc;
using Offers.Api.Offers;
using Offers.Api.Places;
using Platform.Messaging;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Database;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddOffersDatabase();
builder.AddMessaging<OffersDbContext>();
builder.AddOffers();
builder.AddPlaces();
builder.Services.AddGrpc();

var app = builder.Build();

app.UseServiceDefaults();
app.UseCloudEvents();
app.MapDefaultEndpoints();
app.MapSubscribeHandler();
app.MapOffersApi();
app.MapPlaceSubscriptions();
app.MapGrpcService<OffersGrpcService>();

if (MigrateCommand.IsRequested(args))
{
    await app.ApplyMigrationsAsync<OffersDbContext>();
    return;
}

await app.MigrateDatabaseAsync<OffersDbContext>();
await app.SeedDemoDataAsync();
await app.RunAsync();

public partial class Program;
