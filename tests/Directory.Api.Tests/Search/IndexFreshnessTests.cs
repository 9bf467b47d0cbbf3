using Directory.Api.Model;
using Microsoft.EntityFrameworkCore;
using static Directory.Api.Tests.Search.SearchPages;

namespace Directory.Api.Tests.Search;

/// <summary>
/// The index follows changes committed through the change seam (<c>DirectoryChanges.CommittedAsync</c>,
/// as the editors and the importer call it after saving), without a restart, on each engine.
/// </summary>
public abstract class IndexFreshnessTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DirectoryFixture
{
    private const string DebtAdviceId = "a7786fee-c009-4412-8e13-59f5bc632910";
    private const string NightShelterId = "2b068a0e-7c4e-4743-b587-e8693ecac979";

    private readonly HttpClient _http = fixture.Http;

    [Fact]
    public async Task A_renamed_service_is_found_by_its_new_name_and_not_its_old_one()
    {
        var id = Guid.Parse(DebtAdviceId);
        Assert.Empty(await IdsAsync(_http, "search=quokka"));

        await fixture.ChangeDatabaseAsync(async db =>
        {
            var service = await db.Services.SingleAsync(s => s.Id == id);
            service.Name = "Quokka Money Clinic";
            service.Description = "Help with bills.";
            await db.SaveChangesAsync();
        });
        await ChangeSeam.CommittedAsync(fixture, id);

        Assert.Equal([DebtAdviceId], await IdsAsync(_http, "search=quokka"));
        Assert.DoesNotContain(DebtAdviceId, await IdsAsync(_http, "search=Bow%20Debt%20Advice"));
    }

    [Fact]
    public async Task A_change_to_what_a_filter_reads_is_filtered_on_at_once()
    {
        var id = Guid.Parse(NightShelterId);
        Assert.DoesNotContain(NightShelterId, await IdsAsync(_http, "age=12"));

        await fixture.ChangeDatabaseAsync(async db =>
        {
            var service = await db.Services.SingleAsync(s => s.Id == id);
            service.MinimumAge = 10;
            service.MaximumAge = 14;
            await db.SaveChangesAsync();
        });
        await ChangeSeam.CommittedAsync(fixture, id);

        Assert.Contains(NightShelterId, await IdsAsync(_http, "age=12"));
        Assert.DoesNotContain(NightShelterId, await IdsAsync(_http, "age=30"));
    }

    [Fact]
    public async Task A_new_service_is_found_once_its_change_is_committed()
    {
        Assert.Empty(await IdsAsync(_http, "search=Round-Trip%20Reading%20Circle"));

        await FullRecord.AddToAsync(fixture);
        await ChangeSeam.CommittedAsync(fixture, Guid.Parse(FullRecord.ServiceId));

        var found = await IdsAsync(_http, "search=Round-Trip%20Reading%20Circle");
        Assert.Equal(FullRecord.ServiceId, found[0]);
        Assert.Contains(FullRecord.ServiceId, await IdsAsync(_http, $"taxonomy_term_id={FullRecord.ChildTermId}"));
    }

    [Fact]
    public async Task A_service_added_and_then_deleted_is_found_and_then_not()
    {
        var id = Guid.NewGuid();
        await fixture.ChangeDatabaseAsync(async db =>
        {
            var organizationId = await db.Services.Where(s => s.Id == Guid.Parse(WalkingGroupId)).Select(s => s.OrganizationId).SingleAsync();
            db.Services.Add(new Service { Id = id, OrganizationId = organizationId, Name = "Wombat Walking Club", LastModified = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });
        await ChangeSeam.CommittedAsync(fixture, id);
        var added = await IdsAsync(_http, "search=wombat");

        await fixture.ChangeDatabaseAsync(async db => await db.Services.Where(s => s.Id == id).ExecuteDeleteAsync());
        await ChangeSeam.CommittedAsync(fixture, id);

        Assert.Equal([id.ToString()], added);
        Assert.Empty(await IdsAsync(_http, "search=wombat"));
    }

    [Fact]
    public async Task A_change_the_seam_is_not_told_of_is_not_seen()
    {
        var id = Guid.Parse(WalkingGroupId);
        Assert.Empty(await IdsAsync(_http, "search=numbats"));
        await fixture.ChangeDatabaseAsync(async db =>
        {
            var service = await db.Services.SingleAsync(s => s.Id == id);
            service.Description = "Now with numbats.";
            await db.SaveChangesAsync();
        });

        Assert.Empty(await IdsAsync(_http, "search=numbats"));
        await ChangeSeam.CommittedAsync(fixture, id);
        Assert.Equal([WalkingGroupId], await IdsAsync(_http, "search=numbats"));
    }
}

public sealed class IndexFreshnessOnSqliteTests(SqliteDirectoryFixture fixture) : IndexFreshnessTests<SqliteDirectoryFixture>(fixture);

public sealed class IndexFreshnessOnPostgresTests(PostgresDirectoryFixture fixture) : IndexFreshnessTests<PostgresDirectoryFixture>(fixture);
