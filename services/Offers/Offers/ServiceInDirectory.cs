namespace Offers.Api.Offers;

/// <summary>What the Directory said about the service an offer is for.</summary>
public abstract record ServiceInDirectory
{
    private ServiceInDirectory()
    {
    }

    public sealed record Found(Guid OrganizationId) : ServiceInDirectory;

    public sealed record Unknown : ServiceInDirectory;

    /// <summary>The Directory did not answer in time; nothing can be decided.</summary>
    public sealed record Unreachable : ServiceInDirectory;
}
