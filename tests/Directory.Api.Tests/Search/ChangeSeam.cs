using Directory.Api.Changes;
using Microsoft.Extensions.DependencyInjection;

namespace Directory.Api.Tests.Search;

/// <summary>Tells the Directory, as an editor or the importer does after saving, which services a committed change touched.</summary>
public static class ChangeSeam
{
    public static async Task CommittedAsync(DirectoryFixture fixture, params Guid[] serviceIds)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DirectoryChanges>().CommittedAsync(serviceIds, CancellationToken.None);
    }
}
