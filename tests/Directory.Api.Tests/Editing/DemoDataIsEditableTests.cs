using System.Text.Json;
using Directory.Api.Editing;
using Directory.Api.OpenReferral;
using Directory.Api.OpenReferral.Documents;
using Platform.ServiceDefaults.Validation;

namespace Directory.Api.Tests.Editing;

/// <summary>The editing checks hold the demo data to the same rules as an edit: every seeded service would be accepted as it is.</summary>
public sealed class DemoDataIsEditableTests
{
    private sealed record SeedFile(IReadOnlyList<ServiceDocument> Services);

    [Fact]
    public async Task Every_seeded_service_passes_the_checks_an_edit_passes()
    {
        await using var file = File.OpenRead(DirectoryFixture.SeedPath);
        var seed = await JsonSerializer.DeserializeAsync<SeedFile>(file, OpenReferralJson.Options);

        var refused = seed!.Services.Select(service =>
        {
            var errors = new ValidationErrors();
            ServiceDocumentValidator.Validate(service, errors);
            return (service.Id, Errors: errors.ToDictionary());
        }).Where(result => result.Errors.Count > 0).ToList();

        Assert.True(refused.Count == 0, string.Join("\n", refused.Take(5).Select(r => $"{r.Id}: {string.Join("; ", r.Errors.Select(e => $"{e.Key}: {e.Value[0]}"))}")));
    }

    [Theory]
    [InlineData("MO", false, true)]
    [InlineData("MO,TU,WE,TH,FR", false, true)]
    [InlineData("SA, SU", false, true)]
    [InlineData("1SA", false, false)]
    [InlineData("1SA,-1FR", true, true)]
    [InlineData("6SA", true, false)]
    [InlineData("0MO", true, false)]
    [InlineData("Monday", false, false)]
    [InlineData("", false, false)]
    public void Byday_is_RFC_5545_weekday_codes_with_ordinals_only_monthly(string byDay, bool monthly, bool valid)
    {
        Assert.Equal(valid, FieldRules.IsByDay(byDay, monthly));
    }

    [Theory]
    [InlineData("09:30", true)]
    [InlineData("23:59:59", true)]
    [InlineData("00:00", true)]
    [InlineData("24:00", false)]
    [InlineData("9:30", false)]
    [InlineData("09.30", false)]
    public void Opening_times_are_on_the_24_hour_clock(string time, bool valid)
    {
        Assert.Equal(valid, FieldRules.IsTimeOfDay(time));
    }
}
