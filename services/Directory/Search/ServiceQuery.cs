using System.Globalization;
using Directory.Api.OpenReferral.Documents;
using Microsoft.AspNetCore.Http;

namespace Directory.Api.Search;

/// <summary>The <c>/services</c> query string, parsed and checked: every problem is reported by parameter name.</summary>
public sealed record ServiceQuery
{
    public string? Text { get; init; }
    public Guid? TaxonomyTermId { get; init; }
    public Guid? TaxonomyId { get; init; }
    public Guid? OrganizationId { get; init; }
    public DateTime? ModifiedAfter { get; init; }
    public required PageRequest Page { get; init; }

    public static bool TryParse(IQueryCollection query, out ServiceQuery parsed, out Dictionary<string, string[]> errors)
    {
        var reader = new QueryReader(query);
        parsed = new ServiceQuery
        {
            Text = reader.Text("search", maxLength: 200),
            TaxonomyTermId = reader.Guid("taxonomy_term_id"),
            TaxonomyId = reader.Guid("taxonomy_id"),
            OrganizationId = reader.Guid("organization_id"),
            ModifiedAfter = reader.DateTime("modified_after"),
            Page = reader.Page(),
        };
        errors = reader.Errors;
        return errors.Count == 0;
    }
}

/// <summary>Reads typed query parameters, collecting a message per bad parameter instead of stopping at the first.</summary>
public sealed class QueryReader(IQueryCollection query)
{
    public Dictionary<string, string[]> Errors { get; } = [];

    public string? Text(string name, int maxLength)
    {
        var value = query[name].ToString().Trim();
        if (value.Length > maxLength)
        {
            Errors[name] = [$"'{name}' must be at most {maxLength} characters."];
            return null;
        }

        return value.Length == 0 ? null : value;
    }

    public Guid? Guid(string name)
    {
        var value = query[name].ToString();
        if (value.Length == 0)
        {
            return null;
        }

        if (System.Guid.TryParse(value, out var id))
        {
            return id;
        }

        Errors[name] = [$"'{name}' must be a UUID."];
        return null;
    }

    public DateTime? DateTime(string name)
    {
        var value = query[name].ToString();
        if (value.Length == 0)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return parsed.UtcDateTime;
        }

        Errors[name] = [$"'{name}' must be an ISO 8601 date-time, for example 2026-01-31T09:00:00Z."];
        return null;
    }

    public int? Integer(string name, int min, int max)
    {
        var value = query[name].ToString();
        if (value.Length == 0)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max)
        {
            return parsed;
        }

        Errors[name] = [$"'{name}' must be a whole number from {min} to {max}."];
        return null;
    }

    public PageRequest Page() => new(
        Integer("page", 1, 1_000_000) ?? 1,
        Integer("per_page", 1, PageRequest.MaxPerPage) ?? PageRequest.DefaultPerPage);
}
