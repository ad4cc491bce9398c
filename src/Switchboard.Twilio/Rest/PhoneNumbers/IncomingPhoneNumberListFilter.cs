namespace Switchboard.Twilio.Rest;

/// <summary>Filters of the owned-number list.</summary>
public sealed record IncomingPhoneNumberListFilter
{
    /// <summary>Whole or partial number; Twilio matches digits it contains.</summary>
    public string? PhoneNumber { get; init; }

    public string? FriendlyName { get; init; }

    public bool? Beta { get; init; }

    public string? Origin { get; init; }

    internal TwilioForm ToQuery(int? pageSize) => new TwilioForm()
        .Add("PhoneNumber", PhoneNumber).Add("FriendlyName", FriendlyName).Add("Beta", Beta).Add("Origin", Origin)
        .Add("PageSize", Paging.CheckPageSize(pageSize));
}
