using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Twilio.Rest;

namespace Switchboard.TwilioAccount.Credentials;

/// <summary>
/// Asks Twilio (or the emulator) for the account with the given credentials, and, when an API
/// key comes with the account's auth token for webhooks, for the account with that token too.
/// </summary>
public sealed class TwilioCredentialCheck
{
    private TwilioCredentialCheck(AccountResource? account, TwilioApiException? error, string? field)
    {
        Account = account;
        Error = error;
        Field = field;
    }

    public AccountResource? Account { get; }

    public TwilioApiException? Error { get; }

    /// <summary>The request field whose value Twilio refused.</summary>
    public string? Field { get; }

    public bool Ok => Error is null;

    /// <summary>What is stored as the last verification: "ok", or Twilio's code and message.</summary>
    public string Summary => Error is null ? "ok"
        : Error.Code is { } code ? string.Create(CultureInfo.InvariantCulture, $"{code}: {Error.TwilioMessage}")
        : "unreachable: " + Error.Message;

    public static async Task<TwilioCredentialCheck> RunAsync(TwilioAccountAccess access, ITwilioClientFactory clients, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(access);
        AccountResource account;
        try
        {
            account = await access.CreateClient(clients).Account.FetchAsync(ct);
        }
        catch (TwilioApiException error)
        {
            return new(null, error, access.Credentials.UsesApiKey ? "apiKeySecret" : "authToken");
        }

        if (access.Credentials.UsesApiKey && access.WebhookAuthToken is { } token)
        {
            try
            {
                await clients.Create(TwilioCredentials.FromAuthToken(access.AccountSid, token), access.ApiBaseUrl).Account.FetchAsync(ct);
            }
            catch (TwilioApiException error)
            {
                return new(null, error, "authToken");
            }
        }

        return new(account, null, null);
    }

    /// <summary>422 naming the field and Twilio's code (e.g. 20003) when Twilio refused; 502 when it could not be reached.</summary>
    public ProblemHttpResult ToProblem()
    {
        var error = Error ?? throw new InvalidOperationException("The credentials were accepted.");
        var refused = error.HttpStatus is not null;
        var detail = refused
            ? string.Create(CultureInfo.InvariantCulture, $"Twilio refused the credentials (HTTP {error.HttpStatus}, error {error.Code}: {error.TwilioMessage}).")
            : "Twilio could not be reached to check the credentials; try again, or save them with ?verify=false.";
        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [Field!] = [detail] })
        {
            Status = refused ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status502BadGateway,
            Title = refused ? "Twilio refused the credentials." : "Twilio could not be reached.",
            Detail = detail,
        };
        problem.Extensions["code"] = refused ? "twilio_refused" : "twilio_unreachable";
        problem.Extensions["twilioCode"] = error.Code;
        problem.Extensions["field"] = Field;
        return TypedResults.Problem(problem);
    }
}
