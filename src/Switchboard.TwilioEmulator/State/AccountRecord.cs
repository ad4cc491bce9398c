namespace Switchboard.TwilioEmulator.State;

/// <summary>
/// A Twilio account: the main one the emulator starts with, or a subaccount made through
/// <c>POST /Accounts.json</c>. Each has its own auth token, numbers and messages.
/// </summary>
public sealed class AccountRecord
{
    public required string Sid { get; init; }
    public required string AuthToken { get; init; }
    public required string FriendlyName { get; set; }
    public required string OwnerAccountSid { get; init; }
    public required DateTimeOffset DateCreated { get; init; }
    public required DateTimeOffset DateUpdated { get; set; }
    public string Status { get; set; } = "active";

    public bool IsSubaccount => !string.Equals(Sid, OwnerAccountSid, StringComparison.Ordinal);
}
