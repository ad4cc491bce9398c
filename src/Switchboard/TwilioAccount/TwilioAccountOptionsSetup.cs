using System.Globalization;
using Microsoft.Extensions.Options;

namespace Switchboard.TwilioAccount;

/// <summary>Reads the well-known environment variables over the <c>Twilio</c> section.</summary>
internal sealed class TwilioAccountOptionsSetup(IConfiguration configuration) : IConfigureOptions<TwilioAccountOptions>
{
    public void Configure(TwilioAccountOptions options)
    {
        configuration.GetSection(TwilioAccountOptions.Section).Bind(options);
        options.AccountSid = configuration["TWILIO_ACCOUNT_SID"] ?? options.AccountSid;
        options.AuthToken = configuration["TWILIO_AUTH_TOKEN"] ?? options.AuthToken;
        options.PhoneNumber = configuration["TWILIO_PHONE_NUMBER"] ?? options.PhoneNumber;
        options.PublicBaseUrl = configuration["PUBLIC_BASE_URL"] ?? options.PublicBaseUrl;
        if (configuration["TWILIO_TEST_MODE"] is { } testMode)
        {
            options.TestMode = ParseFlag(testMode);
        }
    }

    private static bool ParseFlag(string value) =>
        value.Trim().ToLowerInvariant() switch
        {
            "1" or "true" or "yes" or "on" => true,
            "0" or "false" or "no" or "off" or "" => false,
            _ => throw new OptionsValidationException(nameof(TwilioAccountOptions), typeof(TwilioAccountOptions),
                [string.Create(CultureInfo.InvariantCulture, $"TWILIO_TEST_MODE must be true or false, not '{value}'.")]),
        };
}
