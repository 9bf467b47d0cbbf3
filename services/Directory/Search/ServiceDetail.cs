namespace Directory.Api.Search;

/// <summary>How much of each service a list carries, and so how much a search loads.</summary>
public enum ServiceDetail
{
    /// <summary><c>minimal=true</c>: the id and when it last changed.</summary>
    Minimal,

    /// <summary>The default: the one-to-one fields and the organisation, as <c>service_list.json</c> lists them.</summary>
    ListItem,

    /// <summary><c>full=true</c>: the fully nested record.</summary>
    Full,
}
