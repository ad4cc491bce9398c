using Microsoft.Extensions.Options;
using Switchboard.Tests.Infrastructure;

namespace Switchboard.Tests.Host;

public class OptionsValidationTests
{
    [Theory]
    [InlineData("TWILIO_ACCOUNT_SID", "not-a-sid", "TWILIO_ACCOUNT_SID must be 'AC'")]
    [InlineData("TWILIO_ACCOUNT_SID", "AC0123456789abcdef0123456789abcdef", "TWILIO_AUTH_TOKEN is required")]
    [InlineData("TWILIO_AUTH_TOKEN", "secret-token-value", "TWILIO_ACCOUNT_SID is required")]
    [InlineData("PUBLIC_BASE_URL", "sms.example.com", "PUBLIC_BASE_URL must be an absolute")]
    [InlineData("TWILIO_PHONE_NUMBER", "555-0100", "TWILIO_PHONE_NUMBER must be an E.164")]
    public void RefusesToStartWithAMessageNamingTheBadSetting(string key, string value, string expected)
    {
        var error = SwitchboardApp.StartFailure(new Dictionary<string, string?> { [key] = value });

        var validation = Assert.IsType<OptionsValidationException>(error);
        Assert.Contains(expected, validation.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token-value", validation.Message, StringComparison.Ordinal);
    }
}
