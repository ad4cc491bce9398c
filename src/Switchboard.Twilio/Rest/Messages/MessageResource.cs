namespace Switchboard.Twilio.Rest;

/// <summary>A message as Twilio reports it (spec <c>api.v2010.account.message</c>). Every field may be null.</summary>
/// <remarks><see cref="Status"/> and <see cref="Direction"/> stay raw strings so a new Twilio value never breaks reading.</remarks>
public sealed record MessageResource
{
    public string? Sid { get; init; }

    public string? AccountSid { get; init; }

    public string? MessagingServiceSid { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    public string? Body { get; init; }

    public string? Status { get; init; }

    public string? Direction { get; init; }

    public int? NumSegments { get; init; }

    public int? NumMedia { get; init; }

    public decimal? Price { get; init; }

    public string? PriceUnit { get; init; }

    public int? ErrorCode { get; init; }

    public string? ErrorMessage { get; init; }

    public DateTimeOffset? DateCreated { get; init; }

    public DateTimeOffset? DateUpdated { get; init; }

    public DateTimeOffset? DateSent { get; init; }

    public string? ApiVersion { get; init; }

    public string? Uri { get; init; }

    public IReadOnlyDictionary<string, string?>? SubresourceUris { get; init; }
}
