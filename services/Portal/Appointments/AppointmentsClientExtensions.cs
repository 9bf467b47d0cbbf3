using Platform.Contracts.Appointments.V1;
using Platform.ServiceDefaults.ServiceClients;

namespace Portal.Appointments;

public static class AppointmentsClientExtensions
{
    /// <summary>Appointments' gRPC client, addressed by <c>Services:Appointments:Grpc</c>, and the portal's reader of it.</summary>
    public static IHostApplicationBuilder AddAppointmentsClient(this IHostApplicationBuilder builder)
    {
        builder.AddServiceGrpcClient<AppointmentsService.AppointmentsServiceClient>("Appointments");
        builder.Services.AddTransient<AppointmentsClient>();
        return builder;
    }
}
