namespace Directory.Api.Search;

/// <summary>How <c>/services</c> orders its results (the <c>sort</c> extension); ties go by name, then id.</summary>
public enum ServiceSort
{
    /// <summary>Alphabetical by name, then by id: the default without <c>search</c>.</summary>
    Name,

    /// <summary>Best match to <c>search</c> first: the default with it. Without a search every service scores alike, so this is by name.</summary>
    Relevance,

    /// <summary>Nearest to <c>postcode</c> first; services with no location that has coordinates last.</summary>
    Distance,
}
