using Switchboard.Contacts;
using Switchboard.Contacts.Consent;
using Switchboard.Data;
using Switchboard.Tenancy;

namespace Switchboard.Inbound;

/// <summary>
/// Acts on the consent words of an inbound message with the organisation's keyword set:
/// STOP-like words opt out, START-like words opt back in, HELP-like words get the help text.
/// Twilio's <c>OptOutType</c> wins over our own reading (see ConsentKeywordMatcher).
/// </summary>
public sealed class InboundConsent(SwitchboardDbContext db, IOutboundReplies replies)
{
    /// <param name="keywords">The organisation's keyword set (<see cref="KeywordsOf"/>), read once per batch.</param>
    public async Task ApplyAsync(
        Organization organization, ConsentKeywordSet keywords, Contact contact, string businessNumber, InboundSms sms, DateTime at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(sms);
        var match = ConsentKeywordMatcher.Match(sms.Body, keywords, sms.OptOutType);
        var (source, detail) = match.Source == ConsentMatchSource.TwilioOptOutType
            ? (ConsentSource.TwilioOptOutType, sms.OptOutType)
            : (ConsentSource.Keyword, match.Keyword);
        switch (match.Intent)
        {
            case ConsentIntent.OptOut:
                ContactConsent.Apply(db, contact, optedOut: true, source, detail, at);
                break;
            case ConsentIntent.OptIn:
                ContactConsent.Apply(db, contact, optedOut: false, source, detail, at);
                break;
            case ConsentIntent.Help when !contact.OptedOut:
                // An opted-out contact gets nothing from us, not even the help text (as Twilio does on toll-free).
                await replies.QueueReplyAsync(organization.Id, contact.Id, businessNumber, sms.From, HelpText(organization), ct);
                break;
        }
    }

    public static ConsentKeywordSet KeywordsOf(Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return organization.ConsentKeywords is { } json ? ConsentKeywordSet.FromJson(json) : ConsentKeywordSet.Default;
    }

    public static string HelpText(Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return organization.HelpText
            ?? $"{organization.Name}: reply STOP to unsubscribe or START to subscribe again. Msg & data rates may apply.";
    }
}
