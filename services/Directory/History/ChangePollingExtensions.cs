namespace Directory.Api.History;

public static class ChangePollingExtensions
{
    /// <summary>Runs the <see cref="CommittedChangesPoller"/>, configured by <c>Directory:ChangePolling</c>.</summary>
    public static IHostApplicationBuilder AddCommittedChangesPolling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ChangePollingOptions>()
            .Bind(builder.Configuration.GetSection(ChangePollingOptions.Section))
            .Validate(o => o.IsValid(), "Directory:ChangePolling needs a positive Interval and an Overlap that is not negative.")
            .ValidateOnStart();
        builder.Services.AddHostedService<CommittedChangesPoller>();
        return builder;
    }
}
