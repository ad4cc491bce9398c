using Microsoft.Extensions.Options;
using Switchboard.Audit;
using Switchboard.Tenancy;
using Switchboard.TwilioAccount.Credentials;
using Switchboard.TwilioAccount.Status;

namespace Switchboard.TwilioAccount;

public static class TwilioAccountFeature
{
    public static WebApplicationBuilder AddTwilioAccount(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IConfigureOptions<TwilioAccountOptions>, TwilioAccountOptionsSetup>();
        builder.Services.AddSingleton<IValidateOptions<TwilioAccountOptions>, TwilioAccountOptionsValidator>();
        builder.Services.AddOptions<TwilioAccountOptions>().ValidateOnStart();
        builder.Services.AddSingleton<TwilioSecretProtector>();
        builder.Services.AddSingleton<TwilioCredentialCache>();
        builder.Services.AddScoped<OrganizationTwilioAccounts>();
        return builder;
    }

    /// <summary>
    /// The organisation's Twilio account. Admins set, remove, verify and test it; agents may read
    /// its status. No answer ever carries a token or secret.
    /// </summary>
    public static RouteGroupBuilder MapTwilioAccount(this RouteGroupBuilder api)
    {
        var twilio = api.MapGroup("/twilio").WithTags("Twilio");
        twilio.MapPut("/credentials", SetTwilioCredentials.HandleAsync).WithName("SetTwilioCredentials").RequireAuthorization(TenancyFeature.AdminPolicy)
            .WithSummary("Sets the organisation's own Twilio account (auth token, or API key and secret); checked with Twilio first unless ?verify=false.");
        twilio.MapDelete("/credentials", RemoveTwilioCredentials.HandleAsync).WithName("RemoveTwilioCredentials").RequireAuthorization(TenancyFeature.AdminPolicy)
            .WithSummary("Forgets the organisation's own Twilio account; the deployment's is used again.");
        twilio.MapPost("/verify", VerifyTwilioCredentials.HandleAsync).WithName("VerifyTwilioCredentials").RequireAuthorization(TenancyFeature.AdminPolicy)
            .WithSummary("Fetches the account from Twilio with the credentials in use; a refusal names Twilio's error code (e.g. 20003).");
        twilio.MapGet("/status", GetTwilioStatus.HandleAsync).WithName("GetTwilioStatus")
            .WithSummary("Which account and mode are in use, the last verification, the webhook URLs to set, and whether each number points at them.");
        twilio.MapPost("/test-sms", SendTestSms.HandleAsync).WithName("SendTestSms").RequireAuthorization(TenancyFeature.AdminPolicy).Audited("twilio.test_sms_sent")
            .WithSummary("Sends a test message through the normal outbound path; 202 with the message.");
        return api;
    }
}
