using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Switchboard.Data;

/// <summary>
/// Naming and storage rules for every entity, written once: snake_case tables and columns,
/// pk_/fk_/ix_ constraint names (the hand-written migrations use the same names), enums as
/// snake_case text.
/// </summary>
internal static class ModelConventions
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            var table = SnakeCase.From(entity.GetTableName() ?? entity.ClrType.Name);
            entity.SetTableName(table);

            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase.From(property.Name));
                StoreEnumsAsNames(property);
            }

            foreach (var key in entity.GetKeys().Where(k => k.IsPrimaryKey()))
            {
                key.SetName($"pk_{table}");
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                var principal = SnakeCase.From(foreignKey.PrincipalEntityType.GetTableName()!);
                foreignKey.SetConstraintName($"fk_{table}_{principal}_{Columns(foreignKey.Properties)}");
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName($"ix_{table}_{Columns(index.Properties)}");
            }
        }
    }

    private static string Columns(IEnumerable<IMutableProperty> properties) =>
        string.Join('_', properties.Select(p => SnakeCase.From(p.Name)));

    private static void StoreEnumsAsNames(IMutableProperty property)
    {
        var enumType = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        if (enumType.IsEnum)
        {
            var converter = typeof(SnakeCaseEnumConverter<>).MakeGenericType(enumType);
            property.SetValueConverter((ValueConverter)Activator.CreateInstance(converter)!);
        }
    }
}
