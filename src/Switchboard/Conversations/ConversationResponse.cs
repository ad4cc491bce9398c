namespace Switchboard.Conversations;

/// <summary>A conversation as the API shows it, with who it is with and on which number.</summary>
public sealed record ConversationResponse(
    Guid Id, Guid ContactId, string ContactPhone, string? ContactName, Guid PhoneNumberId, string PhoneNumber,
    ConversationStatus Status, int UnreadCount, DateTime? LastMessageAt, string? LastMessagePreview,
    DateTime CreatedAt, DateTime UpdatedAt);
