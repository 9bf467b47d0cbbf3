namespace Directory.Api.Search.Index;

/// <summary>The order of results for each <see cref="ServiceSort"/>: a total order, so every engine and every run agree.</summary>
internal sealed class ServiceHitOrder : IComparer<ServiceHit>
{
    private readonly ServiceSort _sort;

    private ServiceHitOrder(ServiceSort sort) => _sort = sort;

    public static ServiceHitOrder By(ServiceSort sort) => new(sort);

    public int Compare(ServiceHit x, ServiceHit y)
    {
        var first = _sort switch
        {
            ServiceSort.Relevance => y.Score.CompareTo(x.Score),
            ServiceSort.Distance => CompareDistances(x.Distance, y.Distance),
            _ => 0,
        };
        if (first != 0)
        {
            return first;
        }

        var byName = string.CompareOrdinal(x.Service.SortName, y.Service.SortName);
        return byName != 0 ? byName : x.Service.Id.CompareTo(y.Service.Id);
    }

    /// <summary>Nearest first; a service with no distance (no location with coordinates) after every one that has one.</summary>
    private static int CompareDistances(double? x, double? y) => (x, y) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        _ => x.Value.CompareTo(y.Value),
    };
}
