namespace DevSidecar.Tests.Fakes;

internal static class Patience
{
    /// <summary>How long a test waits for a signal before it fails: generous, since it bounds waiting, not speed.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
}
