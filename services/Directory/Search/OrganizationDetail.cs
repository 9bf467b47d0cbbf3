namespace Directory.Api.Search;

/// <summary>How much of each organisation a response carries, and so how much a search loads.</summary>
public enum OrganizationDetail
{
    /// <summary>The list's default: the organisation's one-to-one fields, as <c>organization_list.json</c> lists them.</summary>
    ListItem,

    /// <summary>
    /// <c>full=true</c>, and <c>/organizations/{id}</c>: identifiers and attributes, and its services
    /// with their own fields only.
    /// </summary>
    Full,

    /// <summary><c>full_service=true</c>: as <see cref="Full"/>, with each service fully nested.</summary>
    FullWithFullServices,
}
