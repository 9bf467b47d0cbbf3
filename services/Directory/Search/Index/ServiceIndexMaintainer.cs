using System.Diagnostics;
using Directory.Api.Changes;
using Directory.Api.Model;
using Microsoft.Extensions.DependencyInjection;

namespace Directory.Api.Search.Index;

/// <summary>
/// Builds the <see cref="ServiceIndex"/> from the database, and keeps it current: told which services a
/// committed change touched, it reads them again and replaces their documents, or removes those that
/// are gone. Changes are applied one at a time, each reading the database after it was committed, so a
/// later change is never overwritten by an earlier one. A change told while the first build runs is
/// applied when the build finishes; one that cannot be applied (the database did not answer) is kept and
/// tried again, with the next change or by <see cref="ServiceIndexBuilder"/>.
/// </summary>
public sealed partial class ServiceIndexMaintainer(
    ServiceIndex index, IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<ServiceIndexMaintainer> logger)
    : IDirectoryChangeListener
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly HashSet<Guid> _pending = [];
    private bool _built;

    public async Task BuildAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        index.Clear();
        await using var scope = scopes.CreateAsyncScope();
        var loader = scope.ServiceProvider.GetRequiredService<IndexedServiceLoader>();
        // The next batch is read while this one is indexed: reading is mostly the database's work and
        // indexing all ours, so on two cores the two overlap. One read at a time, so the context is never shared.
        using var batches = (await loader.AllIdsAsync(cancellationToken)).Chunk(IndexedServiceLoader.BatchSize).GetEnumerator();
        var next = ReadNext(loader, batches, cancellationToken);
        while (next is not null)
        {
            var services = await next;
            next = ReadNext(loader, batches, cancellationToken);
            index.Put(services);
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            await ApplyPendingAsync(loader, cancellationToken);
            _built = true;
            index.Publish();
        }
        finally
        {
            _gate.Release();
        }

        LogBuilt(logger, index.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>
    /// The change is committed whatever becomes of the request that made it, so the index follows it
    /// even if that request is abandoned: only the service stopping interrupts this, not
    /// <paramref name="cancellationToken"/>. A failure is logged and retried, never thrown at the
    /// caller, whose change has been saved.
    /// </summary>
    public async ValueTask ServicesChangedAsync(IReadOnlyCollection<Guid> serviceIds, CancellationToken cancellationToken)
    {
        var stopping = lifetime.ApplicationStopping;
        await _gate.WaitAsync(stopping);
        try
        {
            _pending.UnionWith(serviceIds);
            if (_built)
            {
                await ApplyPendingWithNewReaderAsync(stopping);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Applies changes that could not be applied when they were told.</summary>
    public async Task RetryPendingAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_built && _pending.Count > 0)
            {
                await ApplyPendingWithNewReaderAsync(cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private static Task<List<Service>>? ReadNext(IndexedServiceLoader loader, IEnumerator<Guid[]> batches, CancellationToken cancellationToken) =>
        batches.MoveNext() ? Task.Run(() => loader.LoadAsync(batches.Current, cancellationToken), cancellationToken) : null;

    private async Task ApplyPendingWithNewReaderAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await ApplyPendingAsync(scope.ServiceProvider.GetRequiredService<IndexedServiceLoader>(), cancellationToken);
            index.Publish();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogChangeNotApplied(logger, exception, _pending.Count);
        }
    }

    private async Task ApplyPendingAsync(IndexedServiceLoader loader, CancellationToken cancellationToken)
    {
        foreach (var batch in _pending.ToList().Chunk(IndexedServiceLoader.BatchSize))
        {
            var services = await loader.LoadAsync(batch, cancellationToken);
            index.Put(services);
            index.Remove(batch.Except(services.Select(s => s.Id)));
            _pending.ExceptWith(batch);
            LogChangesApplied(logger, batch.Length);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index built: {Count} services in {Milliseconds:F0} ms")]
    private static partial void LogBuilt(ILogger logger, int count, double milliseconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Search index updated for {Count} changed services")]
    private static partial void LogChangesApplied(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search index not updated for {Count} changed services; they will be tried again")]
    private static partial void LogChangeNotApplied(ILogger logger, Exception exception, int count);
}
