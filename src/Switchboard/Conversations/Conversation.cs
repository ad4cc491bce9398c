using Switchboard.Tenancy;

namespace Switchboard.Conversations;

/// <summary>
/// The thread between one contact and one business number. Inbound and outbound messages of that
/// pair belong to it; agents work the inbox by its status.
/// </summary>
public sealed class Conversation : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganizationId { get; set; }

    public Guid ContactId { get; set; }

    public Guid PhoneNumberId { get; set; }

    public ConversationStatus Status { get; set; } = ConversationStatus.Open;

    /// <summary>Inbound messages no agent has read yet.</summary>
    public int UnreadCount { get; set; }

    public DateTime? LastMessageAt { get; set; }

    /// <summary>The start of the latest message, for inbox lists.</summary>
    public string? LastMessagePreview { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
}

public enum ConversationStatus
{
    Open,

    /// <summary>Waiting for an agent.</summary>
    Pending,
    Closed,
}
