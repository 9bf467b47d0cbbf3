using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Health;

namespace Platform.ServiceDefaults.Database;

/// <summary>
/// One code path for both engines. Each service has a context <typeparamref name="TContext"/> and two
/// thin subclasses, one per engine, that own that engine's migrations (EF Core's documented way to
/// keep migrations for several providers). Code asks for <typeparamref name="TContext"/> only.
/// </summary>
public static class DatabaseExtensions
{
    public static IHostApplicationBuilder AddServiceDatabase<TContext, TSqliteContext, TPostgresContext>(
        this IHostApplicationBuilder builder, string connectionName)
        where TContext : DbContext
        where TSqliteContext : TContext
        where TPostgresContext : TContext
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        builder.Services.Configure<DatabaseOptions>(builder.Configuration.GetSection(DatabaseOptions.Section));
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not set.");

        if (options.Provider == DatabaseProvider.Postgres)
        {
            builder.Services.AddDbContext<TContext, TPostgresContext>(db => db.UseNpgsql(connectionString).UseAppendOnlyAudit());
        }
        else
        {
            builder.Services.AddDbContext<TContext, TSqliteContext>(db => db
                .UseSqlite(SqliteConnectionStrings.WithBusyTimeout(connectionString))
                .AddInterceptors(new SqliteWriteAheadLogInterceptor())
                .UseAppendOnlyAudit());
        }

        builder.Services.AddHealthChecks()
            .AddDbContextCheck<TContext>("database", tags: [HealthEndpoints.ReadyTag])
            .AddCheck<SchemaHealthCheck<TContext>>(SchemaHealthCheck<TContext>.Name, tags: [HealthEndpoints.ReadyTag]);

        // A singleton so "migrated" is remembered between probes: a schema does not go back.
        builder.Services.AddSingleton<SchemaHealthCheck<TContext>>();
        return builder;
    }

    /// <summary>Applies the engine's pending migrations when <see cref="DatabaseOptions.MigrateOnStart"/> is on.</summary>
    public static async Task MigrateDatabaseAsync<TContext>(this WebApplication app)
        where TContext : DbContext
    {
        if (app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStart)
        {
            await app.ApplyMigrationsAsync<TContext>();
        }
    }

    /// <summary>Applies the engine's pending migrations now, whatever <see cref="DatabaseOptions.MigrateOnStart"/> says.</summary>
    public static async Task ApplyMigrationsAsync<TContext>(this WebApplication app)
        where TContext : DbContext
    {
        await using var scope = app.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        if (context.Database.IsSqlite())
        {
            CreateSqliteFolder(context.Database.GetConnectionString());
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Platform.Database");
        var pending = (await context.Database.GetPendingMigrationsAsync()).ToList();
        logger.LogInformation("Applying {Count} pending migration(s) to {Provider}", pending.Count, context.Database.ProviderName);
        await context.Database.MigrateAsync();
    }

    private static void CreateSqliteFolder(string? connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            System.IO.Directory.CreateDirectory(folder);
        }
    }
}
