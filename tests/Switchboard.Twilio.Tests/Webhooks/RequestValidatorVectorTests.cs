using System.Text;
using System.Text.Json;
using Switchboard.Twilio.Webhooks;

namespace Switchboard.Twilio.Tests.Webhooks;

public class RequestValidatorVectorTests
{
    public static TheoryData<string, string> PositiveFormUrls()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in SignatureVectorTests.Cases().Where(c => Kind(c) is "form" or "no-params"))
        {
            data.Add(Name(c), c.GetProperty("url").GetString()!);
            if (c.TryGetProperty("alsoValidAt", out var more))
            {
                foreach (var url in more.EnumerateArray())
                {
                    data.Add(Name(c), url.GetString()!);
                }
            }
        }

        return data;
    }

    public static TheoryData<string> JsonCases() => Names("json");

    public static TheoryData<string> NegativeCases() => Names("negative");

    [Theory]
    [MemberData(nameof(PositiveFormUrls))]
    public void AcceptsEveryPositiveVectorAtItsUrlAndPortVariants(string name, string url)
    {
        var vector = SignatureVectorTests.Case(name);

        Assert.True(TwilioRequestValidator.Validate(Token(vector), url, Params(vector), Signature(vector)));
    }

    [Theory]
    [MemberData(nameof(JsonCases))]
    public void AcceptsEveryJsonVector(string name)
    {
        var vector = SignatureVectorTests.Case(name);
        var body = Encoding.UTF8.GetBytes(vector.GetProperty("body").GetString()!);

        Assert.Equal(vector.GetProperty("expectedBodySha256").GetString(), TwilioSignature.BodyHash(body));
        Assert.True(TwilioRequestValidator.ValidateWithBody(
            Token(vector), vector.GetProperty("url").GetString()!, body, Signature(vector)));
    }

    [Theory]
    [MemberData(nameof(JsonCases))]
    public void RejectsAJsonVectorWhoseBodyChanged(string name)
    {
        var vector = SignatureVectorTests.Case(name);
        var body = Encoding.UTF8.GetBytes(vector.GetProperty("body").GetString()! + " ");

        Assert.False(TwilioRequestValidator.ValidateWithBody(
            Token(vector), vector.GetProperty("url").GetString()!, body, Signature(vector)));
    }

    [Theory]
    [MemberData(nameof(NegativeCases))]
    public void RejectsEveryNegativeVector(string name)
    {
        var vector = SignatureVectorTests.Case(name);

        Assert.False(TwilioRequestValidator.Validate(
            Token(vector), vector.GetProperty("url").GetString()!, Params(vector), vector.GetProperty("signature").GetString()));
    }

    internal static List<KeyValuePair<string, string>> Params(JsonElement vector)
    {
        var parameters = new List<KeyValuePair<string, string>>();
        foreach (var property in vector.GetProperty("params").EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array)
            {
                parameters.AddRange(property.Value.EnumerateArray().Select(v => KeyValuePair.Create(property.Name, v.GetString()!)));
            }
            else
            {
                parameters.Add(KeyValuePair.Create(property.Name, property.Value.GetString()!));
            }
        }

        return parameters;
    }

    private static string Token(JsonElement vector) => vector.GetProperty("authToken").GetString()!;

    private static string Signature(JsonElement vector) => vector.GetProperty("expectedSignature").GetString()!;

    private static string Kind(JsonElement vector) => vector.GetProperty("kind").GetString()!;

    private static string Name(JsonElement vector) => vector.GetProperty("name").GetString()!;

    private static TheoryData<string> Names(string kind)
    {
        var data = new TheoryData<string>();
        foreach (var c in SignatureVectorTests.Cases().Where(c => Kind(c) == kind))
        {
            data.Add(Name(c));
        }

        return data;
    }
}
