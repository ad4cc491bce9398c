using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Switchboard.Data.Migrations;

/// <summary>One versioned SQL script, e.g. <c>0002_messages.sql</c>: version 2, name "messages".</summary>
public sealed partial record MigrationScript(int Version, string Name, string FileName, string Sql)
{
    /// <summary>SHA-256 of the script with line endings normalised, so a Windows checkout does not count as a change.</summary>
    /// <remarks>Computed on read, not stored, so a copy made with <c>with { Sql = ... }</c> hashes its own text.</remarks>
    public string Checksum => Convert.ToHexStringLower(
        SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));

    public static MigrationScript FromFile(string fileName, string sql)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var match = FileNamePattern().Match(fileName);
        if (!match.Success)
        {
            throw new InvalidOperationException(
                $"Migration file '{fileName}' must be named like 0001_initial.sql (a version, an underscore, a name).");
        }

        return new MigrationScript(
            int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture),
            match.Groups["name"].Value,
            fileName,
            sql);
    }

    [GeneratedRegex(@"^(?<version>\d{4})_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex FileNamePattern();
}
