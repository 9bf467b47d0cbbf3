namespace Platform.Contracts.Events;

/// <summary>
/// Topic names are part of the contract: constants, never derived from CLR type names, so renaming
/// a class cannot silently rename a topic. A breaking change to an event gets a new topic name.
/// </summary>
public static class Topics
{
    public const string ReferralSubmitted = "referral-submitted";
    public const string ReferralAccepted = "referral-accepted";
    public const string ReferralDeclined = "referral-declined";
    public const string AppointmentBooked = "appointment-booked";
    public const string DirectoryServiceChanged = "directory-service-changed";

    /// <summary>Where a topic's messages go once Dapr has spent its retries on them.</summary>
    public static string DeadLetterOf(string topic) => topic + "-dead-letter";
}
