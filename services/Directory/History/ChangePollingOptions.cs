namespace Directory.Api.History;

/// <summary>The <c>Directory:ChangePolling</c> section: how this process hears of changes others commit.</summary>
public sealed class ChangePollingOptions
{
    public const string Section = "Directory:ChangePolling";

    /// <summary>How often the history is asked what was recorded since the last look.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How far each look reaches back before the last one. A change is stamped with its writer's clock
    /// before its transaction commits, so it can become visible a little after a later look began; the
    /// overlap (and a bit of clock difference between machines) is covered by looking again.
    /// </summary>
    public TimeSpan Overlap { get; set; } = TimeSpan.FromMinutes(1);

    public bool IsValid() => Interval > TimeSpan.Zero && Overlap >= TimeSpan.Zero;
}
