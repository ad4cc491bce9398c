using System.Data.Common;
using Switchboard.Data;
using Switchboard.Data.Migrations;

namespace Switchboard.Tests.Data;

/// <summary>
/// A database's schema as sorted text, one line per column, key, index and foreign key, read
/// from the catalog (not from EF), so two databases can be compared with a readable diff.
/// </summary>
internal static class SchemaDescription
{
    public static async Task<string> ReadAsync(DbConnection connection, DatabaseProvider provider)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        var lines = new List<string>();
        foreach (var table in await QueryAsync(connection, provider == DatabaseProvider.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            : "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'"))
        {
            var name = (string)table[0]!;
            if (name == MigrationRunner.HistoryTable)
            {
                continue;
            }

            var tableLines = provider == DatabaseProvider.Sqlite
                ? await DescribeSqliteTableAsync(connection, name)
                : await DescribePostgresTableAsync(connection, name);
            lines.AddRange(tableLines.Select(line => $"{name}: {line}"));
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join('\n', lines);
    }

    private static async Task<List<string>> DescribeSqliteTableAsync(DbConnection connection, string table)
    {
        var lines = new List<string>();
        var primaryKey = new SortedList<long, string>();
        foreach (var c in await QueryAsync(connection, $"PRAGMA table_info(\"{table}\")"))
        {
            lines.Add($"column {c[1]} {c[2]} {((long)c[3]! == 1 ? "NOT NULL" : "NULL")}{(c[4] is null ? "" : $" DEFAULT {c[4]}")}");
            if ((long)c[5]! > 0)
            {
                primaryKey.Add((long)c[5]!, (string)c[1]!);
            }
        }

        lines.Add($"primary key ({string.Join(", ", primaryKey.Values)})");
        foreach (var index in await QueryAsync(connection, $"PRAGMA index_list(\"{table}\")"))
        {
            if ((string)index[3]! == "pk")
            {
                continue;
            }

            var columns = (await QueryAsync(connection, $"PRAGMA index_xinfo(\"{index[1]}\")"))
                .Where(c => (long)c[5]! == 1)
                .OrderBy(c => (long)c[0]!)
                .Select(c => $"{c[2]}{((long)c[3]! == 1 ? " DESC" : "")}");
            lines.Add($"index {index[1]} {((long)index[2]! == 1 ? "UNIQUE " : "")}({string.Join(", ", columns)}){((long)index[4]! == 1 ? " PARTIAL" : "")}");
        }

        foreach (var fk in (await QueryAsync(connection, $"PRAGMA foreign_key_list(\"{table}\")")).GroupBy(f => (long)f[0]!))
        {
            var parts = fk.OrderBy(f => (long)f[1]!).ToList();
            lines.Add($"foreign key ({string.Join(", ", parts.Select(p => p[3]))}) references {parts[0][2]} " +
                      $"({string.Join(", ", parts.Select(p => p[4]))}) on update {parts[0][5]} on delete {parts[0][6]}");
        }

        return lines;
    }

    private static async Task<List<string>> DescribePostgresTableAsync(DbConnection connection, string table)
    {
        var lines = new List<string>();
        foreach (var c in await QueryAsync(connection,
            "SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid) " +
            "FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum " +
            $"WHERE a.attrelid = 'public.\"{table}\"'::regclass AND a.attnum > 0 AND NOT a.attisdropped"))
        {
            lines.Add($"column {c[0]} {c[1]} {((bool)c[2]! ? "NOT NULL" : "NULL")}{(c[3] is null ? "" : $" DEFAULT {c[3]}")}");
        }

        foreach (var constraint in await QueryAsync(connection,
            $"SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'public.\"{table}\"'::regclass"))
        {
            lines.Add($"constraint {constraint[0]} {constraint[1]}");
        }

        foreach (var index in await QueryAsync(connection,
            $"SELECT pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid = 'public.\"{table}\"'::regclass"))
        {
            lines.Add($"index {index[0]}");
        }

        return lines;
    }

    private static async Task<List<object?[]>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
