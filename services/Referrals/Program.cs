using Referrals.Api;
using Referrals.Api.Appointments;
using Referrals.Api.Data;
using Referrals.Api.Grpc;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Database;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddReferralsServices();

var app = builder.Build();

app.UseServiceDefaults();
app.UseCloudEvents();
app.MapDefaultEndpoints();
app.MapSubscribeHandler();
app.MapReferralsApi();
app.MapAppointmentSubscriptions();
app.MapGrpcService<ReferralsGrpcService>();

if (MigrateCommand.IsRequested(args))
{
    await app.ApplyMigrationsAsync<ReferralsDbContext>();
    return;
}

await app.MigrateDatabaseAsync<ReferralsDbContext>();
await app.RunAsync();

public partial class Program;
