using Directory.Api;
using Directory.Api.Data;
using Directory.Api.DemoData;
using Directory.Api.Editing;
using Directory.Api.Geography;
using Directory.Api.Grpc;
using Directory.Api.History;
using Directory.Api.OpeningHours;
using Directory.Api.OpenReferral;
using Directory.Api.Search.Index;
using Platform.Messaging;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Database;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddDirectoryDatabase();
builder.AddMessaging<DirectoryDbContext>();
builder.AddDirectoryEditing();
builder.AddCommittedChangesPolling();
builder.AddOpenReferralJson();
builder.AddPostcodeGeocoding();
builder.AddOpeningHours();
builder.AddServiceIndex();
builder.Services.AddGrpc();

var app = builder.Build();

app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapOpenReferralApi();
app.MapDirectoryEditing();
app.MapGrpcService<DirectoryGrpcService>();

if (MigrateCommand.IsRequested(args))
{
    await app.ApplyMigrationsAsync<DirectoryDbContext>();
    return;
}

await app.MigrateDatabaseAsync<DirectoryDbContext>();
await app.SeedDemoDataAsync();
await app.RunAsync();

public partial class Program;
