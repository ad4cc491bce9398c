namespace Switchboard.Security.DataProtection;

/// <summary>One Data Protection key (its XML), kept in the database so every instance can decrypt what another protected.</summary>
public sealed class DataProtectionKey
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string? FriendlyName { get; set; }

    public required string Xml { get; set; }
}
