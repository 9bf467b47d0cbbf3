using Directory.Api.Geography;
using Directory.Api.Model;
using Directory.Api.OpeningHours;

namespace Directory.Api.Search;

/// <summary>
/// The filters <c>/services</c> offers beyond ORUK (documented in the project's OpenAPI as
/// extensions). Like ORUK's they are cumulative: a service must pass every one that is given.
/// </summary>
public sealed record SearchFilters
{
    /// <summary>No one is older: an age above it is a typing error, not a person.</summary>
    public const int MaxAge = 130;

    public static readonly IReadOnlyList<string> ChannelCodes = ["in_person", "phone", "online"];

    public static readonly IReadOnlyList<string> ReferralRouteCodes =
        [PlatformTaxonomies.ReferralRoutes.SelfReferral, PlatformTaxonomies.ReferralRoutes.ProfessionalReferral];

    /// <summary>Checked for shape only; the search places it (and finds it unknown, perhaps).</summary>
    public UkPostcode? Postcode { get; init; }

    public int? ProximityInMetres { get; init; }

    /// <summary>A person's age in whole years: the service's minimum age is at most it and its maximum at least it, where set.</summary>
    public int? Age { get; init; }

    /// <summary><c>ncp-channel</c> codes: a service reached through any one of them passes.</summary>
    public IReadOnlyList<string> Channels { get; init; } = [];

    /// <summary>Service area names (councils), any case: a service that names any one of them as its area passes; one that names none does not.</summary>
    public IReadOnlyList<string> Boroughs { get; init; } = [];

    /// <summary>An <c>ncp-language</c> code, lower case.</summary>
    public string? Language { get; init; }

    /// <summary>Only services that cost nothing (every cost option stated is 0); false does not filter.</summary>
    public bool Free { get; init; }

    /// <summary>An <c>ncp-referral-route</c> code the service must accept.</summary>
    public string? Accepts { get; init; }

    /// <summary>Only services open at the moment of the request; false does not filter.</summary>
    public bool OpenNow { get; init; }

    /// <summary>Only services open at this London clock reading.</summary>
    public LondonDateTime? OpenAt { get; init; }

    public static SearchFilters Read(QueryReader reader)
    {
        var filters = new SearchFilters
        {
            Postcode = reader.Postcode("postcode"),
            ProximityInMetres = reader.Integer("proximity", 1, ServiceAtLocationQuery.MaxProximityInMetres),
            Age = reader.Integer("age", 0, MaxAge),
            Channels = reader.Choices("channel", ChannelCodes),
            Boroughs = reader.Names("borough", maxLength: 100),
            Language = reader.LanguageCode("language"),
            Free = reader.Boolean("free"),
            Accepts = reader.Choice("accepts", ReferralRouteCodes),
            OpenNow = reader.Boolean("open_now"),
            OpenAt = reader.LondonTime("open_at"),
        };

        if (filters.ProximityInMetres is not null && !reader.Has("postcode"))
        {
            reader.Reject("proximity", "'proximity' is a distance from a postcode: send 'postcode' with it.");
        }

        if (filters.OpenNow && reader.Has("open_at"))
        {
            reader.Reject("open_now", "'open_now' and 'open_at' each name the time to be open at: send one of them.");
        }

        return filters;
    }
}
