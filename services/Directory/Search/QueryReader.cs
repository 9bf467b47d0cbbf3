using System.Globalization;
using System.Text.RegularExpressions;
using Directory.Api.Geography;
using Directory.Api.OpeningHours;
using Directory.Api.OpenReferral.Documents;

namespace Directory.Api.Search;

/// <summary>Reads typed query parameters, collecting a message per bad parameter instead of stopping at the first.</summary>
public sealed partial class QueryReader(IQueryCollection query)
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

    /// <summary>One of <paramref name="allowed"/>, in any case; answered in the case listed.</summary>
    public string? Choice(string name, IReadOnlyList<string> allowed)
    {
        var value = query[name].ToString().Trim();
        if (value.Length == 0)
        {
            return null;
        }

        var chosen = allowed.FirstOrDefault(option => option.Equals(value, StringComparison.OrdinalIgnoreCase));
        if (chosen is null)
        {
            Errors[name] = [$"'{name}' must be one of: {string.Join(", ", allowed)}."];
        }

        return chosen;
    }

    /// <summary>Any number of <paramref name="allowed"/> values, the parameter repeated or comma-separated ("phone,online").</summary>
    public IReadOnlyList<string> Choices(string name, IReadOnlyList<string> allowed)
    {
        var values = query[name]
            .SelectMany(value => (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        var chosen = values
            .Select(value => allowed.FirstOrDefault(option => option.Equals(value, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        if (chosen.Contains(null))
        {
            Errors[name] = [$"'{name}' must be one or more of: {string.Join(", ", allowed)} (repeat the parameter, or separate them with commas)."];
            return [];
        }

        return chosen.OfType<string>().Distinct().ToList();
    }

    /// <summary>Any number of names, the parameter repeated or comma-separated ("Hackney,Newham"), each at most <paramref name="maxLength"/> characters.</summary>
    public IReadOnlyList<string> Names(string name, int maxLength)
    {
        var values = query[name]
            .SelectMany(value => (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        if (values.Any(value => value.Length > maxLength))
        {
            Errors[name] = [$"Each '{name}' must be at most {maxLength} characters."];
            return [];
        }

        return values.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>An ISO 639 language code of two or three letters ("bn"), answered in lower case.</summary>
    public string? LanguageCode(string name)
    {
        var value = query[name].ToString().Trim();
        if (value.Length == 0)
        {
            return null;
        }

        if (LanguageCodePattern().IsMatch(value))
        {
            return value.ToLowerInvariant();
        }

        Errors[name] = [$"'{name}' must be a language code of two or three letters, such as bn for Bengali."];
        return null;
    }

    /// <summary>A date and time as a London clock shows it, "2026-12-05T10:00", with no offset.</summary>
    public LondonDateTime? LondonTime(string name)
    {
        var value = query[name].ToString().Trim();
        if (value.Length == 0)
        {
            return null;
        }

        if (LondonDateTime.TryParse(value, out var reading))
        {
            return reading;
        }

        Errors[name] = [$"'{name}' must be a date and time in London, without an offset, such as 2026-12-05T10:00."];
        return null;
    }

    /// <summary>Whether the parameter was sent with a value.</summary>
    public bool Has(string name) => query[name].ToString().Trim().Length > 0;

    public PageRequest Page(int defaultPerPage = PageRequest.DefaultPerPage, int maxPerPage = PageRequest.MaxPerPage) => new(
        Integer("page", 1, 1_000_000) ?? 1,
        Integer("per_page", 1, maxPerPage) ?? defaultPerPage);

    public void Reject(string name, string message) => Errors[name] = [message];

    [GeneratedRegex("^[A-Za-z]{2,3}$")]
    private static partial Regex LanguageCodePattern();
}
