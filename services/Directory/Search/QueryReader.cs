using System.Globalization;
using Directory.Api.Geography;
using Directory.Api.OpenReferral.Documents;

namespace Directory.Api.Search;

/// <summary>Reads typed query parameters, collecting a message per bad parameter instead of stopping at the first.</summary>
public sealed class QueryReader(IQueryCollection query)
{
    public Dictionary<string, string[]> Errors { get; } = [];

    public bool IsValid => Errors.Count == 0;

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

    /// <summary>An OpenAPI boolean: <c>true</c> or <c>false</c>, in any case; absent is false.</summary>
    public bool Boolean(string name)
    {
        var value = query[name].ToString();
        if (value.Length == 0 || value.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (value.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        Errors[name] = [$"'{name}' must be true or false."];
        return false;
    }

    /// <summary>The shape of a full postcode ("E6 2RT") or an outcode ("E6"); whether it exists is the geocoder's question.</summary>
    public UkPostcode? Postcode(string name)
    {
        var value = query[name].ToString();
        if (value.Trim().Length == 0)
        {
            return null;
        }

        if (UkPostcode.TryParse(value, out var postcode))
        {
            return postcode;
        }

        Errors[name] = [$"'{name}' must be a UK postcode such as E6 2RT, or an outcode such as E6."];
        return null;
    }

    /// <summary>
    /// ORUK's <c>format</c>: only <c>json</c>, the default, is served. <c>ndjson</c>, which the standard
    /// allows but does not require, is refused by name so a client knows to page instead.
    /// </summary>
    public void JsonFormat()
    {
        var value = query["format"].ToString();
        if (value.Length > 0 && !value.Equals("json", StringComparison.OrdinalIgnoreCase))
        {
            Errors["format"] = ["'format' must be json (the default): other formats, ndjson included, are not offered; page through the results instead."];
        }
    }

    public PageRequest Page(int defaultPerPage = PageRequest.DefaultPerPage, int maxPerPage = PageRequest.MaxPerPage) => new(
        Integer("page", 1, 1_000_000) ?? 1,
        Integer("per_page", 1, maxPerPage) ?? defaultPerPage);

    public void Reject(string name, string message) => Errors[name] = [message];
}
