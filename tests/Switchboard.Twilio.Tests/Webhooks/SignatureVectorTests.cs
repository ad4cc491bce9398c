using System.Text.Json;
using Switchboard.Twilio.Webhooks;

namespace Switchboard.Twilio.Tests.Webhooks;

public class SignatureVectorTests
{
    public static TheoryData<string> PositiveFormCases() => CaseNames(c => c.GetProperty("valid").GetBoolean()
        && c.GetProperty("kind").GetString() is "form" or "no-params");

    [Theory]
    [MemberData(nameof(PositiveFormCases))]
    public void ComputesTheSameSignatureAsTheOfficialSdk(string name)
    {
        var vector = Case(name);
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

        var signature = TwilioSignature.Compute(
            vector.GetProperty("authToken").GetString()!, vector.GetProperty("url").GetString()!, parameters);

        Assert.Equal(vector.GetProperty("expectedSignature").GetString(), signature);
    }

    internal static JsonElement Case(string name) => Cases().Single(c => c.GetProperty("name").GetString() == name);

    internal static IEnumerable<JsonElement> Cases()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "signature-vectors.json")));
        return document.RootElement.GetProperty("cases").EnumerateArray().Select(c => c.Clone()).ToList();
    }

    private static TheoryData<string> CaseNames(Func<JsonElement, bool> predicate)
    {
        var data = new TheoryData<string>();
        foreach (var c in Cases().Where(predicate))
        {
            data.Add(c.GetProperty("name").GetString()!);
        }

        return data;
    }
}
