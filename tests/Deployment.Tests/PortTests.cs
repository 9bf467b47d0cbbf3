using Deployment.Tests.Chart;
using Deployment.Tests.Platform;

namespace Deployment.Tests;

/// <summary>The ports the containers declare are the ones the chart configures Kestrel to listen on.</summary>
public sealed class PortTests
{
    [Theory]
    [MemberData(nameof(Cases.EveryProcess), MemberType = typeof(Cases))]
    public void Every_container_port_is_where_the_chart_tells_Kestrel_to_listen(string environment, string process)
    {
        var chart = RenderedChart.Of(environment);
        var container = chart.DeploymentOf(process).Spec.Template.Spec.Containers[0];
        var settings = chart.SettingsOf(container);

        foreach (var port in container.Ports)
        {
            var endpoint = port.Name == "http" ? "Http" : "Grpc";
            Assert.Equal(port.ContainerPort, new Uri(settings[$"Kestrel__Endpoints__{endpoint}__Url"].Replace("+", "0.0.0.0", StringComparison.Ordinal)).Port);
        }

        // REST and Dapr's callbacks speak HTTP/1.1; gRPC without TLS needs an HTTP/2-only endpoint (pitfall 1).
        Assert.Equal("Http1", settings["Kestrel__Endpoints__Http__Protocols"]);
        if (DeployedProcess.Named(process).IsService)
        {
            Assert.Equal("Http2", settings["Kestrel__Endpoints__Grpc__Protocols"]);
        }
        else
        {
            Assert.DoesNotContain("Kestrel__Endpoints__Grpc__Url", settings.Keys);
        }
    }

    [Theory]
    [MemberData(nameof(Cases.EveryService), MemberType = typeof(Cases))]
    public void Every_sidecar_calls_its_app_on_the_apps_http_port(string environment, string service)
    {
        var template = RenderedChart.Of(environment).DeploymentOf(service).Spec.Template;
        var http = template.Spec.Containers[0].Ports.Single(p => p.Name == "http");

        Assert.Equal(http.ContainerPort.ToString(System.Globalization.CultureInfo.InvariantCulture), template.Metadata.Annotations["dapr.io/app-port"]);
        Assert.Equal("http", template.Metadata.Annotations["dapr.io/app-protocol"]);
    }
}
