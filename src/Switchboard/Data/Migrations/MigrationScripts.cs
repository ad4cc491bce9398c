namespace Switchboard.Data.Migrations;

/// <summary>The SQL scripts embedded from Data/Migrations/{sqlite,postgres}/, in version order.</summary>
public static class MigrationScripts
{
    private const string ResourcePrefix = "Switchboard.Migrations.";

    public static IReadOnlyList<MigrationScript> For(DatabaseProvider provider)
    {
        var folder = provider switch
        {
            DatabaseProvider.Sqlite => "sqlite",
            DatabaseProvider.Postgres => "postgres",
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
        var assembly = typeof(MigrationScripts).Assembly;
        var scripts = new List<MigrationScript>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var path = resource.Replace('\\', '/');
            if (!path.StartsWith($"{ResourcePrefix}{folder}/", StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            scripts.Add(MigrationScript.FromFile(Path.GetFileName(path), reader.ReadToEnd()));
        }

        return Ordered(scripts);
    }

    /// <summary>Sorts by version and refuses two scripts claiming one version.</summary>
    public static IReadOnlyList<MigrationScript> Ordered(IEnumerable<MigrationScript> scripts)
    {
        var ordered = scripts.OrderBy(s => s.Version).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].Version == ordered[i - 1].Version)
            {
                throw new InvalidOperationException(
                    $"Migrations {ordered[i - 1].FileName} and {ordered[i].FileName} share version {ordered[i].Version}.");
            }
        }

        return ordered;
    }
}
