using System.Diagnostics;

namespace Platform.Messaging;

/// <summary>Names to register with OpenTelemetry (<c>AddSource</c>, <c>AddMeter</c>) to see the outbox at work.</summary>
public static class MessagingTelemetry
{
    /// <summary>Both the activity source of the publish spans and the meter of the outbox metrics.</summary>
    public const string Name = "Platform.Messaging";

    internal static readonly ActivitySource ActivitySource = new(Name);
}
