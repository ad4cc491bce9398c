namespace Switchboard.TwilioEmulator.State;

/// <summary>An API key (<c>SK…</c>): an alternative Basic-auth user and password for the account.</summary>
public sealed class ApiKeyRecord
{
    public required string Sid { get; init; }
    public required string Secret { get; init; }
    public required string FriendlyName { get; set; }
    public required DateTimeOffset DateCreated { get; init; }
    public required DateTimeOffset DateUpdated { get; set; }
}
