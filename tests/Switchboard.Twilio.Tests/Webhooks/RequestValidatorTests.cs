using System.Text;
using Switchboard.Twilio.Webhooks;

namespace Switchboard.Twilio.Tests.Webhooks;

public class RequestValidatorTests
{
    private const string Token = "12345";
    private const string Url = "https://example.com/myapp.php?foo=1&bar=2";

    private static readonly KeyValuePair<string, string>[] Form =
    [
        new("CallSid", "CA1234567890ABCDE"), new("Caller", "+14158675310"), new("Digits", "1234"),
        new("From", "+14158675310"), new("To", "+18005551212"),
    ];

    [Fact]
    public void AcceptsTheDocsExample()
    {
        Assert.True(TwilioRequestValidator.Validate(Token, Url, Form, "L/OH5YylLD5NRKLltdqwSvS0BnU="));
    }

    [Fact]
    public void RejectsAChangedParameter()
    {
        var changed = Form.Select(p => p.Key == "Digits" ? new KeyValuePair<string, string>("Digits", "1235") : p);

        Assert.False(TwilioRequestValidator.Validate(Token, Url, changed, "L/OH5YylLD5NRKLltdqwSvS0BnU="));
    }

    [Fact]
    public void RejectsAnAddedParameter()
    {
        Assert.False(TwilioRequestValidator.Validate(
            Token, Url, [.. Form, new("Extra", "1")], "L/OH5YylLD5NRKLltdqwSvS0BnU="));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void RejectsAMissingSignature(string? signature)
    {
        Assert.False(TwilioRequestValidator.Validate(Token, Url, Form, signature));
    }

    [Fact]
    public void RejectsSignatureComputedWithAnotherToken()
    {
        var signature = TwilioSignature.Compute("54321", Url, Form);

        Assert.False(TwilioRequestValidator.Validate(Token, Url, Form, signature));
    }

    [Fact]
    public void RejectsAnEmptyAuthToken()
    {
        Assert.False(TwilioRequestValidator.Validate("", Url, Form, TwilioSignature.Compute("", Url, Form)));
    }

    [Theory]
    [InlineData("https://example.com:8443/hook", "https://example.com/hook")]
    [InlineData("https://example.com/hook", "https://example.com:443/hook")]
    [InlineData("http://example.com/hook", "http://example.com:80/hook")]
    [InlineData("https://user:pass@example.com/hook#frag", "https://example.com/hook")]
    [InlineData("https://[::1]:8443/hook", "https://[::1]/hook")]
    public void AcceptsASignatureOverAPortVariantOfTheUrl(string receivedAt, string signedAt)
    {
        Assert.True(TwilioRequestValidator.Validate(Token, receivedAt, Form, TwilioSignature.Compute(Token, signedAt, Form)));
    }

    [Theory]
    [InlineData("https://example.com/hook", "http://example.com/hook")]
    [InlineData("https://example.com/hook", "https://example.com/hook/")]
    [InlineData("https://example.com/hook", "https://Example.com/hook")]
    [InlineData("https://example.com/hook?a=it%27s", "https://example.com/hook?a=it's")]
    public void RejectsASignatureOverAnyOtherSpellingOfTheUrl(string receivedAt, string signedAt)
    {
        Assert.False(TwilioRequestValidator.Validate(Token, receivedAt, Form, TwilioSignature.Compute(Token, signedAt, Form)));
    }

    [Fact]
    public void RejectsAJsonRequestWithoutABodyHashParameter()
    {
        var body = Encoding.UTF8.GetBytes("{}");
        var url = "https://example.com/events";

        Assert.False(TwilioRequestValidator.ValidateWithBody(Token, url, body, TwilioSignature.Compute(Token, url, [])));
    }

    [Fact]
    public void AcceptsAJsonRequestSignedByTheSigner()
    {
        var body = Encoding.UTF8.GetBytes("{\"a\":1}");
        var signed = TwilioWebhookSigner.SignJson(Token, "https://example.com/events?x=1", body);

        Assert.StartsWith("https://example.com/events?x=1&bodySHA256=", signed.Url, StringComparison.Ordinal);
        Assert.True(TwilioRequestValidator.ValidateWithBody(Token, signed.Url, body, signed.Signature));
        Assert.False(TwilioRequestValidator.ValidateWithBody("other", signed.Url, body, signed.Signature));
    }
}
