namespace Directory.Api.Model;

/// <summary>
/// A row listed inside its parent (a service's schedules, a contact's phones). ORUK lists have an
/// order and the publisher's is kept: the database does not promise to return rows in the order they
/// were written, and PostgreSQL does not, so the position is stored.
/// </summary>
public interface IListedInOrder
{
    Guid Id { get; }

    /// <summary>Where the publisher listed the row among its siblings, from 0.</summary>
    int Position { get; }
}
