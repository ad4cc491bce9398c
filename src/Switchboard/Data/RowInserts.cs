using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Switchboard.Tenancy;

namespace Switchboard.Data;

/// <summary>
/// Writes the added entities of one type as multi-row INSERT statements on the context's open
/// transaction, then stops tracking them. For a batch of many small rows (a status history row
/// and an event per status callback), EF Core's per-row command building, batching and result
/// reading cost more than the inserts themselves. Columns, names and value conversions come from
/// the model, as EF's own statements do; a database-generated integer key is left to the database
/// (its values are not read back, so only for rows nobody reads again in this unit of work).
/// Tenant-owned rows must name their organisation: there is no tenant stamping here. A refused
/// statement is reported as a <see cref="DbUpdateException"/>, as SaveChanges would report it.
/// </summary>
internal static class RowInserts
{
    // Parameters per statement. SQLite finds each named parameter by a linear search of the
    // statement's names, so binding costs grow with the square of their number: a statement of
    // 4,000 parameters spent more time there than in the inserts (session 4 profile).
    private const int MaxParameters = 240;

    /// <summary>Inserts and detaches the added <typeparamref name="T"/> entities; returns how many.</summary>
    public static async Task<int> InsertAddedAsync<T>(SwitchboardDbContext db, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        var added = db.ChangeTracker.Entries<T>().Where(e => e.State == EntityState.Added).ToList();
        if (added.Count == 0)
        {
            return 0;
        }

        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Row inserts run inside the caller's transaction.");
        if (added.Any(e => e.Entity is ITenantOwned { OrganizationId: var organization } && organization == Guid.Empty))
        {
            throw new InvalidOperationException($"A new {typeof(T).Name} does not name its organisation.");
        }

        var entity = db.Model.FindEntityType(typeof(T))!;
        var columns = entity.GetProperties().Where(p => !IsDatabaseGeneratedKey(p)).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var head = $"INSERT INTO {sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema())} "
            + $"({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName())))}) VALUES ";
        var mappings = columns.Select(c => c.GetRelationalTypeMapping()).ToList();
        var rowsPerStatement = Math.Max(1, MaxParameters / columns.Count);
        foreach (var chunk in added.Chunk(rowsPerStatement))
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = transaction.GetDbTransaction();
            var text = new StringBuilder(head);
            var number = 0;
            for (var row = 0; row < chunk.Length; row++)
            {
                text.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < columns.Count; column++)
                {
                    var name = $"@p{number++}";
                    text.Append(column == 0 ? name : ", " + name);
                    var value = chunk[row].Property(columns[column].Name).CurrentValue;
                    command.Parameters.Add(mappings[column].CreateParameter(command, name, value, columns[column].IsNullable));
                }

                text.Append(')');
            }

            command.CommandText = text.ToString();
            try
            {
                await command.ExecuteNonQueryAsync(ct);
            }
            catch (DbException error)
            {
                // As SaveChanges reports it, so callers' fallbacks for a refused batch (a unique
                // index another instance got to first) still apply.
                throw new DbUpdateException($"Inserting {chunk.Length} {typeof(T).Name} rows failed: {error.Message}", error);
            }
        }

        foreach (var entry in added)
        {
            entry.State = EntityState.Detached;
        }

        return added.Count;
    }

    private static bool IsDatabaseGeneratedKey(IProperty property) =>
        property.IsPrimaryKey() && property.ValueGenerated == ValueGenerated.OnAdd && (property.ClrType == typeof(long) || property.ClrType == typeof(int));
}
