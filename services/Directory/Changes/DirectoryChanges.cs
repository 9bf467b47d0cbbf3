namespace Directory.Api.Changes;

/// <summary>Tells every registered <see cref="IDirectoryChangeListener"/> about committed changes.</summary>
public sealed class DirectoryChanges(IEnumerable<IDirectoryChangeListener> listeners)
{
    public async ValueTask CommittedAsync(IReadOnlyCollection<Guid> serviceIds, CancellationToken cancellationToken)
    {
        if (serviceIds.Count == 0)
        {
            return;
        }

        foreach (var listener in listeners)
        {
            await listener.ServicesChangedAsync(serviceIds, cancellationToken);
        }
    }
}
