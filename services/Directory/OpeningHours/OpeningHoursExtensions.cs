namespace Directory.Api.OpeningHours;

public static class OpeningHoursExtensions
{
    /// <summary>
    /// Registers the England and Wales <see cref="BankHolidayCalendar"/> the build copies beside the
    /// Directory, read now so that a missing or damaged file stops the service at start.
    /// </summary>
    public static IHostApplicationBuilder AddOpeningHours(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(BankHolidayCalendar.Load(BankHolidayCalendar.DefaultPath));
        return builder;
    }
}
