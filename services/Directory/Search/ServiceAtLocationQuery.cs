using Directory.Api.Geography;
using Directory.Api.OpenReferral.Documents;

namespace Directory.Api.Search;

/// <summary>The <c>/service_at_locations</c> query string, parsed and checked.</summary>
public sealed record ServiceAtLocationQuery
{
    /// <summary>Far enough to span Greater London from any point in it; beyond that "near" means nothing.</summary>
    public const int MaxProximityInMetres = 50_000;

    public ServiceFilter Filter { get; init; } = new();

    /// <summary>Checked for shape only; the search places it (and finds it unknown, perhaps).</summary>
    public UkPostcode? Postcode { get; init; }

    public int? ProximityInMetres { get; init; }
    public bool Full { get; init; }
    public required PageRequest Page { get; init; }

    public static bool TryParse(IQueryCollection query, out ServiceAtLocationQuery parsed, out Dictionary<string, string[]> errors)
    {
        var reader = new QueryReader(query);
        reader.JsonFormat();
        parsed = new ServiceAtLocationQuery
        {
            Filter = ServiceFilter.Read(reader),
            Postcode = reader.Postcode("postcode"),
            ProximityInMetres = reader.Integer("proximity", 1, MaxProximityInMetres),
            Full = reader.Boolean("full"),
            Page = reader.Page(),
        };
        if (parsed.ProximityInMetres is not null && query["postcode"].ToString().Trim().Length == 0)
        {
            reader.Reject("proximity", "'proximity' is a distance from a postcode: send 'postcode' with it.");
        }

        errors = reader.Errors;
        return reader.IsValid;
    }
}
