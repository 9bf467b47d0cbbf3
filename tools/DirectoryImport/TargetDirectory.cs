using Directory.Api;
using Directory.Api.Data;
using Directory.Api.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Messaging;
using Platform.ServiceDefaults.Database;

namespace DirectoryImport;

/// <summary>
/// The Directory's database, with the Directory's own services over it: the model, the versioned save
/// and the outbox, registered as the Directory registers them. The host is built, never started, so the
/// outbox dispatcher does not run here: the running Directory publishes the events this writes.
/// </summary>
public sealed class TargetDirectory : IDisposable
{
    private readonly IHost _host;

    private TargetDirectory(IHost host) => _host = host;

    public static TargetDirectory Open(DatabaseProvider provider, string connectionString)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"] = provider.ToString(),
            [$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.MigrateOnStart)}"] = "false",
            ["ConnectionStrings:Directory"] = connectionString,
        });
        builder.AddDirectoryDatabase();
        builder.AddMessaging<DirectoryDbContext>();
        builder.AddFeedImport();
        return new TargetDirectory(builder.Build());
    }

    /// <summary>Null when the database can be written; otherwise why not, for the person running the import.</summary>
    public async Task<string?> ProblemAsync(CancellationToken cancellationToken)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return "The Directory's database cannot be reached with that connection string, or does not exist yet: run the Directory's migrate command first, with the same settings.";
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? null
                : $"The Directory's database is not at this version's schema ({pending.Count} migration(s) pending, the last {pending[^1]}): run the Directory's migrate command first.";
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.Data.Common.DbException or ArgumentException)
        {
            return $"The Directory's database cannot be used: {exception.GetBaseException().Message}";
        }
    }

    /// <summary>A fresh scope (and so a fresh context) for one unit of work: a record that fails leaves nothing behind for the next.</summary>
    public AsyncServiceScope CreateScope() => _host.Services.CreateAsyncScope();

    public void Dispose() => _host.Dispose();
}
