using Directory.Api.Model;

namespace Directory.Api.OpenReferral;

public static class ListedOrder
{
    /// <summary>Rows in the order their publisher listed them; the id settles rows read without one.</summary>
    public static IEnumerable<T> InListedOrder<T>(this IEnumerable<T> rows)
        where T : IListedInOrder =>
        rows.OrderBy(row => row.Position).ThenBy(row => row.Id);
}
