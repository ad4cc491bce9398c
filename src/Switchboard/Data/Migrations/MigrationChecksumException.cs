namespace Switchboard.Data.Migrations;

/// <summary>An applied migration script was edited afterwards; the database and the code now disagree.</summary>
public sealed class MigrationChecksumException : InvalidOperationException
{
    public MigrationChecksumException()
    {
    }

    public MigrationChecksumException(string message) : base(message)
    {
    }

    public MigrationChecksumException(string message, Exception innerException) : base(message, innerException)
    {
    }

    internal MigrationChecksumException(MigrationScript script, string appliedChecksum)
        : base($"Migration {script.FileName} was changed after it was applied: schema_migrations records checksum " +
               $"{appliedChecksum}, the script now hashes to {script.Checksum}. Never edit an applied migration; " +
               "restore it and add a new one.")
    {
        FileName = script.FileName;
    }

    public string? FileName { get; }
}
