using System.Net.Http.Json;
using System.Text.Json;

namespace Launcher;

/// <summary>What a developer needs once everything is up: where to go and who they can be.</summary>
internal static class Banner
{
    public static async Task PrintAsync(LocalPlatform platform)
    {
        var gateway = platform.GatewayUrl;
        Console.WriteLine();
        Console.WriteLine("The platform is ready.");
        Console.WriteLine($"  Portal:           {gateway}/  (Find support)");
        Console.WriteLine($"  Gateway:          {gateway}");
        Console.WriteLine($"  Directory feed:   {gateway}/api/directory/services?search=walking");
        foreach (var component in platform.Components)
        {
            Console.WriteLine($"  {component.Name,-16}  {component.HttpUrl}{(component.GrpcUrl is { } grpc ? "  (gRPC " + grpc + ")" : string.Empty)}");
        }

        Console.WriteLine();
        Console.WriteLine("Personas (development tokens):");
        using var http = new HttpClient();
        var personas = await http.GetFromJsonAsync<Dictionary<string, JsonElement>>($"{gateway}/api/dev/personas");
        foreach (var (id, persona) in personas ?? [])
        {
            var description = persona.TryGetProperty("description", out var text) ? text.GetString() : string.Empty;
            Console.WriteLine($"  {id,-13} {description}");
        }

        Console.WriteLine();
        Console.WriteLine($$"""  Get a token:  curl -s -X POST {{gateway}}/api/dev/token -H 'Content-Type: application/json' -d '{"persona":"resident"}'""");
        Console.WriteLine("Press Ctrl+C to stop everything.");
        Console.WriteLine();
    }
}
