namespace Platform.ServiceDefaults.Database;

/// <summary>
/// The <c>migrate</c> command of every service: <c>dotnet Referrals.Api.dll migrate</c> builds the host
/// with its usual configuration, applies the pending migrations and exits. Kubernetes runs it once per
/// release in a Job while the replicas start with <see cref="DatabaseOptions.MigrateOnStart"/> off, so
/// several replicas never migrate one database at the same time.
/// </summary>
public static class MigrateCommand
{
    public const string Name = "migrate";

    /// <summary>True when the first argument is the command; other arguments stay configuration (<c>--Key=value</c>).</summary>
    public static bool IsRequested(IReadOnlyList<string> args) => args.Count > 0 && args[0] == Name;
}
