namespace Switchboard.Twilio.Rest;

/// <summary>A call as Twilio reports it (spec <c>api.v2010.account.call</c>). Every field may be null.</summary>
public sealed record CallResource
{
    public string? Sid { get; init; }

    public string? AccountSid { get; init; }

    public string? ParentCallSid { get; init; }

    public string? To { get; init; }

    public string? ToFormatted { get; init; }

    public string? From { get; init; }

    public string? FromFormatted { get; init; }

    public string? PhoneNumberSid { get; init; }

    /// <summary>Raw status word (<c>queued</c>, <c>ringing</c>, <c>in-progress</c>, <c>completed</c>, …).</summary>
    public string? Status { get; init; }

    public DateTimeOffset? StartTime { get; init; }

    public DateTimeOffset? EndTime { get; init; }

    /// <summary>Seconds; Twilio sends a string.</summary>
    public int? Duration { get; init; }

    public decimal? Price { get; init; }

    public string? PriceUnit { get; init; }

    public string? Direction { get; init; }

    public string? AnsweredBy { get; init; }

    public string? ForwardedFrom { get; init; }

    public string? GroupSid { get; init; }

    public string? CallerName { get; init; }

    /// <summary>Milliseconds spent queued; Twilio sends a string.</summary>
    public int? QueueTime { get; init; }

    public string? TrunkSid { get; init; }

    public string? ApiVersion { get; init; }

    public DateTimeOffset? DateCreated { get; init; }

    public DateTimeOffset? DateUpdated { get; init; }

    public string? Uri { get; init; }

    public IReadOnlyDictionary<string, string?>? SubresourceUris { get; init; }
}
