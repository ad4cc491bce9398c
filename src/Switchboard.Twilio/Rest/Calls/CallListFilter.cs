namespace Switchboard.Twilio.Rest;

/// <summary>Filters of the call list.</summary>
public sealed record CallListFilter
{
    public string? To { get; init; }

    public string? From { get; init; }

    public string? ParentCallSid { get; init; }

    public string? Status { get; init; }

    public DateTimeOffset? StartTime { get; init; }

    /// <summary><c>StartTime&lt;</c>.</summary>
    public DateTimeOffset? StartTimeBefore { get; init; }

    /// <summary><c>StartTime&gt;</c>.</summary>
    public DateTimeOffset? StartTimeAfter { get; init; }

    public DateTimeOffset? EndTime { get; init; }

    /// <summary><c>EndTime&lt;</c>.</summary>
    public DateTimeOffset? EndTimeBefore { get; init; }

    /// <summary><c>EndTime&gt;</c>.</summary>
    public DateTimeOffset? EndTimeAfter { get; init; }

    internal TwilioForm ToQuery(int? pageSize) => new TwilioForm()
        .Add("To", To).Add("From", From).Add("ParentCallSid", ParentCallSid).Add("Status", Status)
        .Add("StartTime", StartTime).Add("StartTime<", StartTimeBefore).Add("StartTime>", StartTimeAfter)
        .Add("EndTime", EndTime).Add("EndTime<", EndTimeBefore).Add("EndTime>", EndTimeAfter)
        .Add("PageSize", Paging.CheckPageSize(pageSize));
}
