namespace Directory.Api.Tests;

/// <summary>The schema check itself: if it accepted anything, every feed test would pass vacuously.</summary>
public sealed class OrukSchemaCheckTests
{
    [Fact]
    public async Task A_service_missing_required_fields_is_reported()
    {
        var violations = await OrukSchemas.ViolationsAsync("service", """{"id": "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e01"}""");

        Assert.Contains(violations, v => v.Contains("name", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("status", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_wrongly_typed_nested_field_is_reported_through_a_reference()
    {
        var violations = await OrukSchemas.ViolationsAsync("service", """
            {"id": "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e01", "name": "x", "status": "active",
             "schedules": [{"id": "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e02", "interval": "weekly"}]}
            """);

        Assert.Contains(violations, v => v.Contains("interval", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_page_with_a_null_total_is_reported()
    {
        var violations = await OrukSchemas.ViolationsAsync("service_list", """{"total_items": "many", "contents": []}""");

        Assert.NotEmpty(violations);
    }
}
