using System.Text.Json.Nodes;
using Deployment.Tests.Chart;
using Deployment.Tests.Platform;
using k8s.Models;
using Launcher;
using Platform.Testing;

namespace Deployment.Tests;

/// <summary>Each process gets the settings its code reads, pointing at the release's own Services, and no secret in the clear.</summary>
public sealed class ConfigurationTests
{
    [Theory]
    [MemberData(nameof(Cases.EveryProcess), MemberType = typeof(Cases))]
    public void Every_address_a_process_reads_is_set_to_a_Service_of_the_release_on_the_right_port(string environment, string process)
    {
        var chart = RenderedChart.Of(environment);
        var settings = chart.SettingsOf(chart.DeploymentOf(process).Spec.Template.Spec.Containers[0]);
        var needed = AddressSettingsIn(DeployedProcess.Named(process));
        var given = settings.Keys.Where(IsAddressSetting).Order();

        Assert.Equal(needed.Order(), given);
        foreach (var key in needed)
        {
            var address = new Uri(settings[key]);
            var service = chart.Named<V1Service>(address.Host);
            var port = Assert.Single(service.Spec.Ports, p => p.Port == address.Port);
            Assert.Equal(key.EndsWith("__Grpc", StringComparison.Ordinal) ? "grpc" : "http", port.Name);
            if (key.StartsWith("ReverseProxy__", StringComparison.Ordinal))
            {
                // The gateway resolves each destination through DNS: a headless Service gives it every ready pod (pitfall 3).
                Assert.Equal("None", service.Spec.ClusterIP);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases.EveryService), MemberType = typeof(Cases))]
    public void Every_service_reads_its_connection_string_from_a_Secret_and_never_migrates_on_start(string environment, string service)
    {
        var chart = RenderedChart.Of(environment);
        var container = chart.DeploymentOf(service).Spec.Template.Spec.Containers[0];
        var settings = chart.SettingsOf(container);

        var connectionString = Assert.Single(container.Env, e => e.Name == $"ConnectionStrings__{PlatformTopology.DatabaseNames[service]}");
        Assert.NotNull(connectionString.ValueFrom?.SecretKeyRef?.Name);
        Assert.Equal("Postgres", settings["Database__Provider"]);
        Assert.Equal("false", settings["Database__MigrateOnStart"]);
    }

    [Theory]
    [MemberData(nameof(ValuesFiles.All), MemberType = typeof(ValuesFiles))]
    public void No_password_connection_string_or_key_is_written_in_the_clear(string environment)
    {
        var chart = RenderedChart.Of(environment);
        var plainValues = chart.All<V1ConfigMap>().SelectMany(c => c.Data ?? new Dictionary<string, string>())
            .Concat(PodTemplates(chart).SelectMany(p => p.Spec.Containers).SelectMany(c => c.Env ?? [])
                .Where(e => e.Value is not null).Select(e => KeyValuePair.Create(e.Name, e.Value)))
            .ToList();

        Assert.NotEmpty(plainValues);
        Assert.DoesNotContain(plainValues, v => v.Key.StartsWith("ConnectionStrings__", StringComparison.Ordinal));
        Assert.DoesNotContain(plainValues, v => v.Key.Contains("Password", StringComparison.OrdinalIgnoreCase) || v.Key.Contains("SigningKey", StringComparison.Ordinal));
        Assert.DoesNotContain(plainValues, v => v.Value.Contains("Password=", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_values_files_hold_no_secret()
    {
        var values = System.IO.Directory.GetFiles(Helm.ChartFolder, "values*.yaml").Select(File.ReadAllText).ToList();

        Assert.Equal(3, values.Count);
        Assert.All(values, text => Assert.DoesNotContain("Password=", text, StringComparison.OrdinalIgnoreCase));
        Assert.All(values, text => Assert.DoesNotMatch(@"(?im)^\s*(password|signingKey|connectionString)\s*:\s*\S", text));
    }

    [Fact]
    public void In_production_every_process_validates_tokens_against_the_identity_provider_and_has_no_development_key()
    {
        var chart = RenderedChart.Of(ValuesFiles.Production);

        Assert.All(DeployedProcess.All, process =>
        {
            var container = chart.DeploymentOf(process.Name).Spec.Template.Spec.Containers[0];
            var settings = chart.SettingsOf(container);
            Assert.Equal("Production", settings["ASPNETCORE_ENVIRONMENT"]);
            Assert.StartsWith("https://", settings["Auth__Authority"], StringComparison.Ordinal);
            Assert.DoesNotContain(container.Env ?? [], e => e.Name == "Auth__DevelopmentSigningKey");
        });
        Assert.Empty(chart.All<V1Secret>());
    }

    [Fact]
    public void In_development_tokens_are_signed_with_a_key_generated_into_a_Secret_of_the_release()
    {
        var chart = RenderedChart.Of(ValuesFiles.Dev);
        var credentials = Assert.Single(chart.All<V1Secret>());

        Assert.All(DeployedProcess.All, process =>
        {
            var container = chart.DeploymentOf(process.Name).Spec.Template.Spec.Containers[0];
            Assert.Equal("Development", chart.SettingsOf(container)["ASPNETCORE_ENVIRONMENT"]);
            var key = Assert.Single(container.Env, e => e.Name == "Auth__DevelopmentSigningKey").ValueFrom.SecretKeyRef;
            Assert.Equal(credentials.Metadata.Name, key.Name);
            Assert.Equal(32, Convert.FromBase64String(System.Text.Encoding.UTF8.GetString(credentials.Data[key.Key])).Length);
        });
    }

    /// <summary>The addresses of other processes a process reads: Services:*:* and the gateway's YARP cluster destinations.</summary>
    private static IReadOnlyList<string> AddressSettingsIn(DeployedProcess process)
    {
        var appSettings = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf(process.Folder, "appsettings.json")))!;
        var services = (appSettings["Services"]?.AsObject() ?? [])
            .SelectMany(service => service.Value!.AsObject().Select(protocol => $"Services__{service.Key}__{protocol.Key}"));
        var clusters = (appSettings["ReverseProxy"]?["Clusters"]?.AsObject() ?? [])
            .SelectMany(cluster => cluster.Value!["Destinations"]!.AsObject()
                .Select(destination => $"ReverseProxy__Clusters__{cluster.Key}__Destinations__{destination.Key}__Address"));
        return [.. services.Concat(clusters)];
    }

    private static bool IsAddressSetting(string key) =>
        key.StartsWith("Services__", StringComparison.Ordinal)
        || (key.StartsWith("ReverseProxy__Clusters__", StringComparison.Ordinal) && key.EndsWith("__Address", StringComparison.Ordinal));

    private static IEnumerable<V1PodTemplateSpec> PodTemplates(RenderedChart chart) =>
        chart.All<V1Deployment>().Select(d => d.Spec.Template)
            .Concat(chart.All<V1Job>().Select(j => j.Spec.Template))
            .Concat(chart.All<V1StatefulSet>().Select(s => s.Spec.Template));
}
