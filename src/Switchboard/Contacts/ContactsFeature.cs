using Switchboard.Contacts.Consent;
using Switchboard.Tenancy;
using Switchboard.Audit;

namespace Switchboard.Contacts;

public static class ContactsFeature
{
    public static RouteGroupBuilder MapContacts(this RouteGroupBuilder api)
    {
        api.MapGet("/contacts", ListContacts.HandleAsync)
            .WithName("ListContacts")
            .WithSummary("Contacts and leads, newest first; filters phone, optedOut, leadSource; paged.");
        api.MapGet("/contacts/{id:guid}", GetContact.HandleAsync)
            .WithName("GetContact")
            .WithSummary("One contact.");
        api.MapGet("/contacts/{id:guid}/messages", ListContactMessages.HandleAsync)
            .WithName("ListContactMessages")
            .WithSummary("A contact's messages, newest first; paged.");
        api.MapGet("/organization/consent-keywords", UpdateConsentKeywords.GetAsync)
            .WithName("GetConsentKeywords")
            .WithSummary("The organisation's opt-out, opt-in and help keywords.");
        api.MapPut("/organization/consent-keywords", UpdateConsentKeywords.PutAsync)
            .RequireAuthorization(TenancyFeature.AdminPolicy)
            .WithName("UpdateConsentKeywords").Audited("consent_keywords.updated")
            .WithSummary("Replaces the organisation's consent keywords; a word may belong to one list only.");
        return api;
    }
}
