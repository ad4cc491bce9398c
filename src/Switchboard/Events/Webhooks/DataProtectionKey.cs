namespace Switchboard.Events.Webhooks;

/// <summary>One Data Protection key (its XML), kept in the database so every instance can decrypt webhook secrets.</summary>
public sealed class DataProtectionKey
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string? FriendlyName { get; set; }

    public required string Xml { get; set; }
}
