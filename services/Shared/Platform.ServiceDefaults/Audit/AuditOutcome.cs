namespace Platform.ServiceDefaults.Audit;

public static class AuditOutcome
{
    public const string Allowed = "allowed";
    public const string Denied = "denied";
}
