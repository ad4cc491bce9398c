using System.Text.Json;
using Switchboard.Twilio.Errors;

namespace Switchboard.Twilio.Tests.Errors;

public class TwilioErrorCatalogTests
{
    public static TheoryData<int> Codes()
    {
        var data = new TheoryData<int>();
        foreach (var entry in Json().EnumerateArray())
        {
            data.Add(entry.GetProperty("code").GetInt32());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void FindsEveryCodeOfTheTableWithItsRetryClass(int code)
    {
        var expected = Json().EnumerateArray().Single(e => e.GetProperty("code").GetInt32() == code);
        var status = expected.GetProperty("httpStatus");

        var info = TwilioErrorCatalog.Find(code);

        Assert.True(info.IsKnown);
        Assert.Equal(expected.GetProperty("retry").GetString(), info.RetryClass.ToString().ToLowerInvariant());
        Assert.Equal(expected.GetProperty("where").GetString(), info.Where);
        Assert.Equal(status.ValueKind == JsonValueKind.Null ? null : status.GetInt32(), info.HttpStatus);
        Assert.Equal(expected.GetProperty("meaning").GetString(), info.Meaning);
        Assert.Equal(expected.GetProperty("action").GetString(), info.Action);
    }

    [Theory]
    [InlineData(21610, RetryClass.Never)]
    [InlineData(21211, RetryClass.Never)]
    [InlineData(20429, RetryClass.Backoff)]
    [InlineData(21611, RetryClass.Later)]
    [InlineData(30001, RetryClass.Later)]
    [InlineData(30003, RetryClass.Limited)]
    [InlineData(30008, RetryClass.Limited)]
    [InlineData(30007, RetryClass.Never)]
    public void ClassifiesTheCodesTheDispatcherDependsOn(int code, RetryClass retry)
    {
        Assert.Equal(retry, TwilioErrorCatalog.Find(code).RetryClass);
    }

    [Fact]
    public void GivesAnUnknownCodeALimitedRetry()
    {
        var info = TwilioErrorCatalog.Find(99999);

        Assert.False(info.IsKnown);
        Assert.Equal(99999, info.Code);
        Assert.Equal(RetryClass.Limited, info.RetryClass);
    }

    [Fact]
    public void EmbedsTheSameTableAsTheTestData()
    {
        using var stream = typeof(TwilioErrorCatalog).Assembly.GetManifestResourceStream("Switchboard.Twilio.Errors.error-codes.json")!;
        using var reader = new StreamReader(stream);

        Assert.Equal(File.ReadAllText(TestDataPath), reader.ReadToEnd());
        Assert.Equal(Json().GetArrayLength(), TwilioErrorCatalog.All.Count);
    }

    private static string TestDataPath => Path.Combine(AppContext.BaseDirectory, "TestData", "error-codes.json");

    private static JsonElement Json()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(TestDataPath));
        return document.RootElement.Clone();
    }
}
