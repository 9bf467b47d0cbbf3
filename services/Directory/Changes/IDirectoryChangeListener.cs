namespace Directory.Api.Changes;

/// <summary>
/// Told, after a change to the directory is committed, which services it touched (a service's own row,
/// or its organisation, locations, schedules or terms), so in-process views of the data such as the
/// search index stay current. Listeners are registered as <c>IDirectoryChangeListener</c>; there may be
/// several or none.
/// </summary>
public interface IDirectoryChangeListener
{
    ValueTask ServicesChangedAsync(IReadOnlyCollection<Guid> serviceIds, CancellationToken cancellationToken);
}
