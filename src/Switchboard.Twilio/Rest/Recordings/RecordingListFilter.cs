namespace Switchboard.Twilio.Rest;

/// <summary>Filters of the recording lists. For a call's own list only the dates apply, compared by day.</summary>
public sealed record RecordingListFilter
{
    public DateTimeOffset? DateCreated { get; init; }

    /// <summary><c>DateCreated&lt;</c>.</summary>
    public DateTimeOffset? DateCreatedBefore { get; init; }

    /// <summary><c>DateCreated&gt;</c>.</summary>
    public DateTimeOffset? DateCreatedAfter { get; init; }

    public string? CallSid { get; init; }

    public string? ConferenceSid { get; init; }

    public bool? IncludeSoftDeleted { get; init; }

    internal TwilioForm ToAccountQuery(int? pageSize) => new TwilioForm()
        .Add("DateCreated", DateCreated).Add("DateCreated<", DateCreatedBefore).Add("DateCreated>", DateCreatedAfter)
        .Add("CallSid", CallSid).Add("ConferenceSid", ConferenceSid).Add("IncludeSoftDeleted", IncludeSoftDeleted)
        .Add("PageSize", Paging.CheckPageSize(pageSize));

    // The per-call list takes plain dates (spec format "date"), not date-times.
    internal TwilioForm ToCallQuery(int? pageSize) => new TwilioForm()
        .Add("DateCreated", Day(DateCreated)).Add("DateCreated<", Day(DateCreatedBefore)).Add("DateCreated>", Day(DateCreatedAfter))
        .Add("PageSize", Paging.CheckPageSize(pageSize));

    private static DateOnly? Day(DateTimeOffset? value) => value is { } v ? DateOnly.FromDateTime(v.UtcDateTime) : null;
}
