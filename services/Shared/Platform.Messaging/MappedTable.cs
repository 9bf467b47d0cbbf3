using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Platform.Messaging;

/// <summary>
/// The quoted table and column names of an entity as the service's model maps them. The few raw SQL
/// statements read names from here so that a default schema or a naming convention in the service
/// cannot make them miss the table that its migrations created.
/// </summary>
internal sealed class MappedTable
{
    private readonly IEntityType entityType;
    private readonly StoreObjectIdentifier table;
    private readonly ISqlGenerationHelper sql;

    private MappedTable(IEntityType entityType, StoreObjectIdentifier table, ISqlGenerationHelper sql)
    {
        this.entityType = entityType;
        this.table = table;
        this.sql = sql;
    }

    public static MappedTable Of<TEntity>(DbContext db)
    {
        var entityType = db.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException(
                $"{db.GetType().Name} has no {typeof(TEntity).Name}: call modelBuilder.AddMessagingTables() in its OnModelCreating.");
        var table = StoreObjectIdentifier.Create(entityType, StoreObjectType.Table)
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped to a table.");
        return new MappedTable(entityType, table, db.GetService<ISqlGenerationHelper>());
    }

    public string Name => sql.DelimitIdentifier(table.Name, table.Schema);

    public string Column(string propertyName) =>
        sql.DelimitIdentifier(entityType.GetProperty(propertyName).GetColumnName(table)
            ?? throw new InvalidOperationException($"{propertyName} has no column in {table.Name}."));
}
