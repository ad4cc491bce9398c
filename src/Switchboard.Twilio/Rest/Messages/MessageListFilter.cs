namespace Switchboard.Twilio.Rest;

/// <summary>Filters of the message list. Twilio compares <c>DateSent</c> at day granularity in GMT.</summary>
public sealed record MessageListFilter
{
    public string? To { get; init; }

    public string? From { get; init; }

    /// <summary>Sent on this day (<c>DateSent</c>).</summary>
    public DateTimeOffset? DateSent { get; init; }

    /// <summary>Sent before (<c>DateSent&lt;</c>).</summary>
    public DateTimeOffset? DateSentBefore { get; init; }

    /// <summary>Sent after (<c>DateSent&gt;</c>).</summary>
    public DateTimeOffset? DateSentAfter { get; init; }

    internal TwilioForm ToQuery(int? pageSize) => new TwilioForm()
        .Add("To", To).Add("From", From)
        .Add("DateSent", DateSent).Add("DateSent<", DateSentBefore).Add("DateSent>", DateSentAfter)
        .Add("PageSize", Paging.CheckPageSize(pageSize));
}
