namespace Directory.Api.Model;

/// <summary>Where a service is delivered: the link between a service and one of its locations.</summary>
public sealed class ServiceAtLocation : IListedInOrder
{
    public Guid Id { get; set; }
    public int Position { get; set; }
    public Guid ServiceId { get; set; }
    public Service Service { get; set; } = null!;
    public Guid LocationId { get; set; }
    public Location Location { get; set; } = null!;
}
