using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Switchboard.Inbound.Writes;

/// <summary>
/// An INSERT of one entity type's rows written from the EF Core model: the table and column
/// names, and each value converted and typed exactly as SaveChanges would (enum text, UTC times,
/// SQLite's text GUIDs), without change tracking or SQL generation per row.
/// </summary>
internal sealed class RowInsert<TEntity>
{
    private readonly Column[] columns;

    private RowInsert(string table, Column[] columns)
    {
        Table = table;
        this.columns = columns;
    }

    /// <summary>The delimited table name.</summary>
    public string Table { get; }

    /// <summary>The delimited column of a property, e.g. <c>"dedupe_key"</c>.</summary>
    public string ColumnOf(string property) => columns.Single(c => c.Property.Name == property).Name;

    /// <summary>The delimited column list, e.g. <c>("id", "kind")</c>.</summary>
    public string ColumnList => "(" + string.Join(", ", columns.Select(c => c.Name)) + ")";

    public static RowInsert<TEntity> For(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sql = db.GetService<ISqlGenerationHelper>();
        var entity = db.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties()
            .Select(p => new Column(sql.DelimitIdentifier(p.GetColumnName(table)!), p, p.GetRelationalTypeMapping()))
            .ToArray();
        return new RowInsert<TEntity>(sql.DelimitIdentifier(table.Name, table.Schema), columns);
    }

    /// <summary>One row's placeholders, e.g. <c>(@e0_0, @e0_1)</c>; adds its typed parameters (values unset) to the command.</summary>
    public (string Values, DbParameter[] Parameters) AddParameters(DbCommand command, string prefix)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parameters = new DbParameter[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            var column = columns[i];
            parameters[i] = column.Mapping.CreateParameter(command, $"@{prefix}_{i}", null, column.Property.IsNullable);
            command.Parameters.Add(parameters[i]);
        }

        return ("(" + string.Join(", ", parameters.Select(p => p.ParameterName)) + ")", parameters);
    }

    /// <summary>Sets the parameters made by <see cref="AddParameters"/> to this entity's values.</summary>
    public void Bind(DbParameter[] parameters, TEntity row)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        for (var i = 0; i < columns.Length; i++)
        {
            var column = columns[i];
            var value = column.Property.GetGetter().GetClrValueUsingContainingEntity(row!);
            if (value is not null && column.Mapping.Converter is { } converter)
            {
                value = converter.ConvertToProvider(value);
            }

            parameters[i].Value = value ?? DBNull.Value;
        }
    }

    private sealed record Column(string Name, IProperty Property, RelationalTypeMapping Mapping);
}
