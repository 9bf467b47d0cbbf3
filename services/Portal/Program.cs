using Platform.ServiceDefaults;
using Portal.Appointments;
using Portal.Directory;
using Portal.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGatewayForwardedHeaders();
builder.AddPortalPages();
builder.AddDirectoryClient();
builder.AddAppointmentsClient();

var app = builder.Build();

app.UseForwardedHeaders();
app.UseSecurityHeaders();
app.UseServiceDefaults();
app.UseErrorPages();
app.UseStaticFiles();

app.MapDefaultEndpoints();
app.MapRazorPages();

await app.RunAsync();

public partial class Program;
