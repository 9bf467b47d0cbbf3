namespace Platform.ServiceDefaults.Audit;

/// <summary>Adds audit records to the service's own database, saved with (and only with) the change they describe.</summary>
public interface IAuditTrail
{
    /// <summary>Records an access by the signed-in caller; it is written by the next SaveChanges.</summary>
    void Record(string action, string resourceType, string resourceId, string? subjectNhsNumber, string reason, string outcome);
}
