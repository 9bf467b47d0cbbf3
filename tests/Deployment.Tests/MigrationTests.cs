using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;
using Deployment.Tests.Chart;
using Deployment.Tests.Platform;
using k8s.Models;
using Launcher;
using Platform.ServiceDefaults.Database;
using Platform.Testing;

namespace Deployment.Tests;

/// <summary>
/// Migrations run once per release in a Job (the services' migrate command), never from the replicas,
/// which stay out of service until their schema is there.
/// </summary>
public sealed class MigrationTests
{
    [Theory]
    [MemberData(nameof(Cases.EveryService), MemberType = typeof(Cases))]
    public void Every_service_has_one_job_that_runs_its_migrate_command_as_the_service_itself(string environment, string service)
    {
        var chart = RenderedChart.Of(environment);
        var job = Assert.Single(chart.OfComponent<V1Job>($"{service}-migrate"));
        var app = chart.DeploymentOf(service).Spec.Template.Spec;
        var pod = job.Spec.Template.Spec;
        var migrate = Assert.Single(pod.Containers);

        Assert.Equal([MigrateCommand.Name], migrate.Args);
        Assert.Equal(app.Containers[0].Image, migrate.Image);
        Assert.Equal(app.Containers[0].EnvFrom.Select(e => e.ConfigMapRef.Name), migrate.EnvFrom.Select(e => e.ConfigMapRef.Name));
        Assert.Equal(app.Containers[0].Env.Select(e => e.Name), migrate.Env.Select(e => e.Name));
        Assert.Equal(app.ServiceAccountName, pod.ServiceAccountName);
        Assert.Equal((1, 1, "Never"), (job.Spec.Parallelism, job.Spec.Completions, pod.RestartPolicy));
        Assert.True(migrate.SecurityContext.ReadOnlyRootFilesystem);
        Assert.True(pod.SecurityContext.RunAsNonRoot);
    }

    [Theory]
    [MemberData(nameof(ValuesFiles.All), MemberType = typeof(ValuesFiles))]
    public void A_new_image_gets_a_new_job_and_an_unchanged_release_keeps_the_finished_one(string environment)
    {
        static string JobName(RenderedChart chart) => Assert.Single(chart.OfComponent<V1Job>("referrals-migrate")).Metadata.Name;

        var unchanged = RenderedChart.Render(environment);
        var newImage = RenderedChart.Render(environment, ("apps.referrals.image", "registry.example.org/neighbourhood-care/referrals:next"));

        Assert.Equal(JobName(RenderedChart.Of(environment)), JobName(unchanged));
        Assert.NotEqual(JobName(unchanged), JobName(newImage));
    }

    [Theory]
    [MemberData(nameof(ServiceNames))]
    public async Task The_migrate_command_applies_the_migrations_and_exits_and_only_then_is_a_replica_ready(string service)
    {
        var notMigrating = new Dictionary<string, string?> { ["Database:MigrateOnStart"] = "false" };
        await using var replica = await ServiceHosts.StartAsync(service, notMigrating);
        Assert.Equal("Unhealthy", await SchemaCheckAsync(replica));

        var (exitCode, output) = await RunMigrateCommandAsync(service, replica.Database);

        Assert.True(exitCode == 0, output);
        Assert.Equal("Healthy", await SchemaCheckAsync(replica));
    }

    public static TheoryData<string> ServiceNames => [.. DeployedProcess.Services.Select(s => s.Name)];

    private static async Task<string?> SchemaCheckAsync(RunningService replica)
    {
        using var response = await replica.Http.GetAsync("/health/ready");
        return (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["checks"]!["database-schema"]!["status"];
    }

    /// <summary>Runs the service's built assembly with the migrate command, as the Job's container does.</summary>
    private static async Task<(int ExitCode, string Output)> RunMigrateCommandAsync(string service, TestDatabase database)
    {
        var configuration = typeof(MigrationTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var component = PlatformTopology.Components(PlatformPorts.Default).Single(c => c.Name == service);
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryFiles.PathOf(component.ProjectFolder),
        };
        startInfo.ArgumentList.Add(component.AssemblyPath(RepositoryFiles.Root, configuration));
        startInfo.ArgumentList.Add(MigrateCommand.Name);
        startInfo.Environment["DOTNET_ENVIRONMENT"] = "Production";
        startInfo.Environment["Auth__Authority"] = "https://identity.example.org";
        foreach (var (key, value) in database.SettingsFor(PlatformTopology.DatabaseNames[service]))
        {
            startInfo.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
