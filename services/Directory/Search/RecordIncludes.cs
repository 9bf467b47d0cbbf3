using Directory.Api.Model;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Search;

/// <summary>
/// What each nested ORUK shape needs loaded, as include paths built from the navigation names, so one
/// list serves every root it is nested under (a location under a service, or under a service at a
/// location). Loaded as split queries: one query per collection, instead of one row per combination.
/// </summary>
public static class RecordIncludes
{
    private static readonly string AttributePath = Path(nameof(Location.Attributes), nameof(OtherAttribute.TaxonomyTerm), nameof(TaxonomyTerm.Taxonomy));

    /// <summary>An organisation with its identifiers and attributes.</summary>
    public static readonly string[] OrganizationPaths =
    [
        AttributePath,
        Path(nameof(Organization.OrganizationIdentifiers), AttributePath),
    ];

    /// <summary>A location with its addresses, accessibility and attributes.</summary>
    public static readonly string[] LocationPaths =
    [
        AttributePath,
        Path(nameof(Location.Addresses), AttributePath),
        Path(nameof(Location.Accessibility), AttributePath),
    ];

    /// <summary>A service's own collections: what it offers, when, for how much, and whom to call.</summary>
    private static readonly string[] ServiceCollectionPaths =
    [
        nameof(Service.Schedules),
        nameof(Service.ServiceAreas),
        nameof(Service.Languages),
        nameof(Service.Funding),
        nameof(Service.CostOptions),
        AttributePath,
        Path(nameof(Service.Contacts), nameof(Contact.Phones), nameof(Phone.Languages)),
        Path(nameof(Service.Contacts), AttributePath),
    ];

    private static readonly string[] ServiceLocationPaths =
        [.. Under(Path(nameof(Service.ServiceAtLocations), nameof(ServiceAtLocation.Location)), LocationPaths)];

    /// <summary>A fully nested service except where it is delivered: how a service at a location nests it.</summary>
    public static readonly string[] ServiceWithoutLocationsPaths =
        [.. ServiceCollectionPaths, .. Under(nameof(Service.Organization), OrganizationPaths)];

    /// <summary>A fully nested service except its organisation: how an organisation nests its services.</summary>
    public static readonly string[] ServiceWithoutOrganizationPaths = [.. ServiceCollectionPaths, .. ServiceLocationPaths];

    /// <summary>A fully nested service.</summary>
    public static readonly string[] ServicePaths = [.. ServiceWithoutLocationsPaths, .. ServiceLocationPaths];

    public static IQueryable<T> IncludePaths<T>(this IQueryable<T> query, IEnumerable<string> paths)
        where T : class =>
        paths.Aggregate(query, (included, path) => included.Include(path)).AsSplitQuery();

    public static IEnumerable<string> Under(string navigation, IEnumerable<string> paths) => paths.Select(path => Path(navigation, path));

    private static string Path(params string[] navigations) => string.Join('.', navigations);
}
