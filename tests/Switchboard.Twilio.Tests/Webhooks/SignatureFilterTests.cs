using System.Net;
using System.Text;
using Switchboard.Twilio.Webhooks;

namespace Switchboard.Twilio.Tests.Webhooks;

public sealed class SignatureFilterTests : IAsyncLifetime
{
    private const string ProxyBase = "https://sms.example.com";
    private const string EmptyResponse = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    private WebhookTestServer direct = null!;
    private WebhookTestServer proxied = null!;

    public static TheoryData<string, HttpStatusCode, string> Cases() => new()
    {
        { "valid form", HttpStatusCode.OK, "handled:Hello  world " },
        { "valid form with escaped query", HttpStatusCode.OK, "handled:Hello  world " },
        { "valid GET with query only", HttpStatusCode.OK, "handled:Hi there" },
        { "valid form on a group", HttpStatusCode.OK, "handled:voice" },
        { "missing header", HttpStatusCode.BadRequest, "Missing X-Twilio-Signature header." },
        { "bad signature", HttpStatusCode.Forbidden, "Invalid Twilio signature." },
        { "other token", HttpStatusCode.Forbidden, "Invalid Twilio signature." },
        { "form changed after signing", HttpStatusCode.Forbidden, "Invalid Twilio signature." },
        { "json valid", HttpStatusCode.OK, "handled:{\"text\":\"héllo 👍\"}" },
        { "json body tampered", HttpStatusCode.Forbidden, "Invalid Twilio signature." },
        { "json without body hash", HttpStatusCode.Forbidden, "Invalid Twilio signature." },
        { "behind proxy signed for public url", HttpStatusCode.OK, "handled:Hello  world " },
        { "behind proxy signed for local url", HttpStatusCode.Forbidden, "Invalid Twilio signature." },
        { "unknown number", HttpStatusCode.OK, EmptyResponse },
        { "json body over the limit", HttpStatusCode.RequestEntityTooLarge, "Webhook body too large." },
    };

    public async Task InitializeAsync()
    {
        direct = await WebhookTestServer.StartAsync();
        proxied = await WebhookTestServer.StartAsync(ProxyBase);
    }

    public async Task DisposeAsync()
    {
        await direct.DisposeAsync();
        await proxied.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task AnswersEachSignedRequestAsExpected(string name, HttpStatusCode status, string body)
    {
        var (server, request) = Build(name);

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(body, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnswersAnUnknownNumberWithEmptyTwimlAsXml()
    {
        var form = Form(to: "+15555550000");
        using var request = TwilioWebhookSigner.CreateFormRequest("any", direct.BaseUrl + "/webhooks/twilio/sms", form);

        using var response = await direct.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(direct.Logs.Messages, m => m.StartsWith("Warning:", StringComparison.Ordinal) && m.Contains("+15555550000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NeverLogsTheAuthTokenOrTheSignature()
    {
        var url = direct.BaseUrl + "/webhooks/twilio/sms";
        var signature = TwilioSignature.Compute(WebhookTestServer.AuthToken, url, Form());
        foreach (var name in new[] { "valid form", "bad signature", "unknown number", "missing header", "json valid" })
        {
            var (server, request) = Build(name);
            using (request)
            using (await server.Client.SendAsync(request))
            {
            }
        }

        Assert.NotEmpty(direct.Logs.Messages);
        Assert.DoesNotContain(direct.Logs.Messages, m => m.Contains(WebhookTestServer.AuthToken, StringComparison.Ordinal));
        Assert.DoesNotContain(direct.Logs.Messages, m => m.Contains(signature, StringComparison.Ordinal));
    }

    private (WebhookTestServer Server, HttpRequestMessage Request) Build(string name)
    {
        var token = WebhookTestServer.AuthToken;
        var sms = direct.BaseUrl + "/webhooks/twilio/sms";
        switch (name)
        {
            case "valid form":
                return (direct, TwilioWebhookSigner.CreateFormRequest(token, sms, Form()));
            case "valid form with escaped query":
                return (direct, TwilioWebhookSigner.CreateFormRequest(token, sms + "?name=a%20b&q=it%27s&plus=%2B1", Form()));
            case "valid GET with query only":
                var get = sms + "?Body=Hi%20there&To=%2B15555550199";
                var getRequest = new HttpRequestMessage(HttpMethod.Get, get);
                getRequest.Headers.Add(TwilioSignature.HeaderName, TwilioWebhookSigner.SignForm(token, get, []));
                return (direct, getRequest);
            case "valid form on a group":
                return (direct, TwilioWebhookSigner.CreateFormRequest(token, direct.BaseUrl + "/webhooks/twilio/voice/status", Form()));
            case "missing header":
                var unsigned = TwilioWebhookSigner.CreateFormRequest(token, sms, Form());
                unsigned.Headers.Remove(TwilioSignature.HeaderName);
                return (direct, unsigned);
            case "bad signature":
                var bad = TwilioWebhookSigner.CreateFormRequest(token, sms, Form());
                bad.Headers.Remove(TwilioSignature.HeaderName);
                bad.Headers.Add(TwilioSignature.HeaderName, "L/OH5YylLD5NRKLltdqwSvS0BnU=");
                return (direct, bad);
            case "other token":
                return (direct, TwilioWebhookSigner.CreateFormRequest("0000000000000000000000000000000", sms, Form()));
            case "form changed after signing":
                var changed = TwilioWebhookSigner.CreateFormRequest(token, sms, Form());
                changed.Content = new FormUrlEncodedContent(Form(body: "Hello  world!"));
                return (direct, changed);
            case "json valid":
                return (direct, TwilioWebhookSigner.CreateJsonRequest(token, direct.BaseUrl + "/webhooks/json?To=%2B15555550199", "{\"text\":\"héllo 👍\"}"));
            case "json body tampered":
                var tampered = TwilioWebhookSigner.CreateJsonRequest(token, direct.BaseUrl + "/webhooks/json?To=%2B15555550199", "{\"n\":1}");
                tampered.Content = new StringContent("{\"n\":2}", Encoding.UTF8, "application/json");
                return (direct, tampered);
            case "json without body hash":
                var jsonUrl = direct.BaseUrl + "/webhooks/json?To=%2B15555550199";
                var noHash = new HttpRequestMessage(HttpMethod.Post, jsonUrl) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
                noHash.Headers.Add(TwilioSignature.HeaderName, TwilioWebhookSigner.SignForm(token, jsonUrl, []));
                return (direct, noHash);
            case "behind proxy signed for public url":
                var signedPublic = TwilioWebhookSigner.CreateFormRequest(token, ProxyBase + "/webhooks/twilio/sms?x=1", Form());
                signedPublic.RequestUri = new Uri(proxied.BaseUrl + "/webhooks/twilio/sms?x=1");
                return (proxied, signedPublic);
            case "behind proxy signed for local url":
                return (proxied, TwilioWebhookSigner.CreateFormRequest(token, proxied.BaseUrl + "/webhooks/twilio/sms", Form()));
            case "json body over the limit":
                var large = "{\"pad\":\"" + new string('x', 1024 * 1024) + "\"}";
                return (direct, TwilioWebhookSigner.CreateJsonRequest(token, direct.BaseUrl + "/webhooks/json?To=%2B15555550199", large));
            case "unknown number":
                return (direct, TwilioWebhookSigner.CreateFormRequest("whatever", sms, Form(to: "+15555550000")));
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, null);
        }
    }

    // Two spaces and a trailing space prove the form is read without trimming or collapsing.
    private static List<KeyValuePair<string, string>> Form(string to = WebhookTestServer.KnownNumber, string body = "Hello  world ") =>
    [
        new("MessageSid", "SMa1b2c3d4e5f60718293a4b5c6d7e8f90"),
        new("From", "+15555550100"),
        new("To", to),
        new("Body", body),
        new("NumMedia", "0"),
    ];
}
