using Appointments.Api.Bookings;
using Appointments.Api.Data;
using Appointments.Api.DemoData;
using Appointments.Api.Grpc;
using Appointments.Api.Slots;
using Platform.Messaging;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Database;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddAppointmentsDatabase();
builder.AddMessaging<AppointmentsDbContext>();
builder.AddSlots();
builder.AddBookings();
builder.Services.AddGrpc();

var app = builder.Build();

app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapSlotEndpoints();
app.MapBookingEndpoints();
app.MapGrpcService<AppointmentsGrpcService>();

if (MigrateCommand.IsRequested(args))
{
    await app.ApplyMigrationsAsync<AppointmentsDbContext>();
    return;
}

await app.MigrateDatabaseAsync<AppointmentsDbContext>();
await app.SeedDemoDataAsync();
await app.RunAsync();

public partial class Program;
