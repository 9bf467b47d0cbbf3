namespace Portal.Pages.FindSupport;

/// <summary>The ORUK service status, when it is worth telling someone: anything but active.</summary>
public static class ServiceStatus
{
    public static string? Describe(string status) =>
        IsActive(status)
            ? null
            : char.ToUpperInvariant(status[0]) + status[1..].ToLowerInvariant();

    /// <summary>Running as usual; a service that does not say is taken to be.</summary>
    public static bool IsActive(string status) =>
        string.Equals(status, "active", StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(status);
}
