using System.Diagnostics;
using Directory.Api.Data;
using Directory.Api.OpenReferral;
using Directory.Api.OpenReferral.Documents;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.DemoData;

/// <summary>
/// Loads a demo dataset (ORUK documents) into an empty directory, so a local run or a benchmark has
/// something to find. The file is streamed and saved in batches of services, each in a fresh context
/// and its own transaction, so memory stays bounded from the 154 demo services to a million generated ones.
/// </summary>
/// <remarks>
/// Batches commit one at a time, so a seed that stops part way (a crash, a bad record further on) leaves
/// some services saved. To tell that from a finished seed, the file's first service is held back and
/// saved in the last batch: a directory that has it is seeded; one that has the file's second service
/// but not its first was left half seeded, and starting on it fails with a message to empty the
/// database first (nothing is deleted for the caller); one with only other services is left alone.
/// </remarks>
public sealed partial class DemoDataSeeder(IServiceScopeFactory scopes, ILogger<DemoDataSeeder> logger, int batchSize = DemoDataSeeder.DefaultBatchSize)
{
    public const int DefaultBatchSize = 1000;

    private const int ProgressInterval = 10_000;

    public async Task SeedAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var file = new SeedFileReader(path);
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
            if (await db.Services.AnyAsync(cancellationToken))
            {
                await CheckEarlierSeedAsync(db, file, cancellationToken);
                return;
            }
        }

        await LoadAsync(file, cancellationToken);
    }

    private async Task CheckEarlierSeedAsync(DirectoryDbContext db, SeedFileReader file, CancellationToken cancellationToken)
    {
        var firstTwo = new List<Guid>(2);
        await foreach (var service in file.ReadServicesAsync(cancellationToken))
        {
            firstTwo.Add(service.Id);
            if (firstTwo.Count == 2)
            {
                break;
            }
        }

        if (firstTwo.Count > 0 && await HasServiceAsync(db, firstTwo[0], cancellationToken))
        {
            LogAlreadySeeded(logger, file.Path);
        }
        else if (firstTwo.Count > 1 && await HasServiceAsync(db, firstTwo[1], cancellationToken))
        {
            LogPartlySeeded(logger, file.Path);
            throw new InvalidOperationException(
                $"The directory holds part of the demo data from {file.Path}: an earlier seed stopped before it finished. Empty the Directory's database to load it again.");
        }
        else
        {
            LogOtherServices(logger, file.Path);
        }
    }

    private static Task<bool> HasServiceAsync(DirectoryDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Services.AnyAsync(s => s.Id == id, cancellationToken);

    private async Task LoadAsync(SeedFileReader file, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var taxonomies = await file.ReadTaxonomiesAsync(cancellationToken);
        var shared = new SharedRecords();
        ServiceDocument? first = null;
        var batch = new List<ServiceDocument>(batchSize + 1);
        var saved = 0;
        var nextProgress = ProgressInterval;
        await foreach (var service in file.ReadServicesAsync(cancellationToken))
        {
            if (first is null)
            {
                first = service;
                continue;
            }

            batch.Add(service);
            if (batch.Count == batchSize)
            {
                saved += await SaveAsync(batch, taxonomies, shared, cancellationToken);
                batch.Clear();
                if (saved >= nextProgress)
                {
                    LogProgress(logger, saved, (int)(saved / clock.Elapsed.TotalSeconds));
                    nextProgress += ProgressInterval;
                }
            }
        }

        if (first is null)
        {
            LogNoServices(logger, file.Path);
            return;
        }

        batch.Add(first);
        saved += await SaveAsync(batch, taxonomies, shared, cancellationToken);
        LogSeeded(logger, saved, file.Path, clock.Elapsed.TotalSeconds);
    }

    /// <summary>Saves a batch of services with a context of its own, so none of its rows is kept once saved.</summary>
    private async Task<int> SaveAsync(List<ServiceDocument> batch, IReadOnlyList<TaxonomyDocument> taxonomies, SharedRecords shared, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var reader = new ServiceDocumentReader();
        foreach (var taxonomy in taxonomies)
        {
            reader.Read(taxonomy);
        }

        var services = batch.Select(reader.Read).ToList();
        foreach (var taxonomy in reader.Taxonomies)
        {
            shared.Attach(db, taxonomy);
        }

        foreach (var service in services)
        {
            shared.Attach(db, service);
        }

        await db.SaveChangesAsync(cancellationToken);
        shared.Saved(db);
        return services.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} demo services from {Path} in {Seconds:0.0} s")]
    private static partial void LogSeeded(ILogger logger, int count, string path, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeding demo services: {Count} saved ({Rate} a second)")]
    private static partial void LogProgress(ILogger logger, int count, int rate);

    [LoggerMessage(Level = LogLevel.Information, Message = "The demo data from {Path} is already loaded")]
    private static partial void LogAlreadySeeded(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "The directory already has services; demo data from {Path} not loaded")]
    private static partial void LogOtherServices(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Path} holds no services; nothing loaded")]
    private static partial void LogNoServices(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "The directory holds part of the demo data from {Path}: an earlier seed stopped before it finished. Empty the Directory's database to load it again")]
    private static partial void LogPartlySeeded(ILogger logger, string path);
}
