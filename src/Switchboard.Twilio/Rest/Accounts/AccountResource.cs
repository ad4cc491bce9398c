namespace Switchboard.Twilio.Rest;

/// <summary>The account the credentials belong to (spec <c>api.v2010.account</c>).</summary>
/// <remarks>Twilio's answer also holds <c>auth_token</c>; it is deliberately not read, so it cannot leak through this record.</remarks>
public sealed record AccountResource
{
    public string? Sid { get; init; }

    public string? FriendlyName { get; init; }

    /// <summary><c>active</c>, <c>suspended</c> or <c>closed</c>.</summary>
    public string? Status { get; init; }

    /// <summary><c>Trial</c> or <c>Full</c>.</summary>
    public string? Type { get; init; }

    public string? OwnerAccountSid { get; init; }

    public DateTimeOffset? DateCreated { get; init; }

    public DateTimeOffset? DateUpdated { get; init; }

    public string? Uri { get; init; }
}
