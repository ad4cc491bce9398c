using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Switchboard.TwilioEmulator.Tests.Support;

namespace Switchboard.TwilioEmulator.Tests.AvailableNumbers;

public sealed class AvailablePhoneNumbersTests : IAsyncLifetime
{
    private EmulatorHarness h = null!;

    public async Task InitializeAsync() => h = await EmulatorHarness.StartAsync();

    public async Task DisposeAsync() => await h.DisposeAsync();

    private async Task<List<JsonElement>> SearchAsync(string path)
    {
        var (status, json) = await h.GetAsync($"{h.AccountPath}/AvailablePhoneNumbers/{path}");
        Assert.True(status == HttpStatusCode.OK, json.ToString());
        return [.. json.GetProperty("available_phone_numbers").EnumerateArray()];
    }

    [Fact]
    public async Task SearchByAreaCodeReturnsNumbersWithEveryFieldOfTheSpecAndItsTypes()
    {
        var (status, json) = await h.GetAsync($"{h.AccountPath}/AvailablePhoneNumbers/US/Local.json?AreaCode=415&SmsEnabled=true&PageSize=3");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal($"{h.AccountPath}/AvailablePhoneNumbers/US/Local.json", json.GetProperty("uri").GetString());
        var numbers = json.GetProperty("available_phone_numbers").EnumerateArray().ToList();
        Assert.Equal(3, numbers.Count);
        Assert.All(numbers, n =>
        {
            var phone = n.GetProperty("phone_number").GetString()!;
            Assert.Matches(@"^\+1415[2-9][0-9]{6}$", phone);
            Assert.Equal($"({phone[2..5]}) {phone[5..8]}-{phone[8..]}", n.GetProperty("friendly_name").GetString());
            Assert.Equal("722", n.GetProperty("lata").GetString());
            Assert.Equal("San Francisco", n.GetProperty("locality").GetString());
            Assert.Equal("SNFC CNTL", n.GetProperty("rate_center").GetString());
            Assert.Equal("37.770000", n.GetProperty("latitude").GetString());
            Assert.Equal("-122.420000", n.GetProperty("longitude").GetString());
            Assert.Equal("CA", n.GetProperty("region").GetString());
            Assert.Equal("94103", n.GetProperty("postal_code").GetString());
            Assert.Equal("US", n.GetProperty("iso_country").GetString());
            Assert.Equal("none", n.GetProperty("address_requirements").GetString());
            Assert.False(n.GetProperty("beta").GetBoolean());
            var capabilities = n.GetProperty("capabilities");
            Assert.True(capabilities.GetProperty("voice").GetBoolean());
            Assert.True(capabilities.GetProperty("sms").GetBoolean());
            Assert.True(capabilities.GetProperty("mms").GetBoolean());
        });
        Assert.Equal(3, numbers.Select(n => n.GetProperty("phone_number").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task TheSameSearchFindsTheSameNumbers()
    {
        var first = await SearchAsync("US/Local.json?AreaCode=212&PageSize=5");
        var second = await SearchAsync("US/Local.json?AreaCode=212&PageSize=5");
        Assert.Equal(first.Select(n => n.GetProperty("phone_number").GetString()), second.Select(n => n.GetProperty("phone_number").GetString()));
    }

    [Theory]
    [InlineData("US/Local.json?Contains=555****&PageSize=10", @"555\d{4}")]
    [InlineData("US/Local.json?AreaCode=312&Contains=4242&PageSize=10", "^\\+1312.*4242")]
    [InlineData("US/Local.json?Contains=FLOWERS&PageSize=5", "3569377")]
    [InlineData("US/TollFree.json?Contains=8**&AreaCode=888&PageSize=5", @"^\+1888")]
    public async Task ContainsFindsOnlyMatchingNumbers(string query, string expected)
    {
        var numbers = await SearchAsync(query);
        Assert.NotEmpty(numbers);
        Assert.All(numbers, n => Assert.Matches(expected, n.GetProperty("phone_number").GetString()!));
    }

    [Fact]
    public async Task InRegionAndInPostalCodePickTheirPlaces()
    {
        var texas = await SearchAsync("US/Local.json?InRegion=TX&PageSize=4");
        Assert.All(texas, n => Assert.Equal("Austin", n.GetProperty("locality").GetString()));
        var hilo = await SearchAsync("US/Local.json?InPostalCode=96720&PageSize=2");
        Assert.All(hilo, n => Assert.StartsWith("+1808", n.GetProperty("phone_number").GetString(), StringComparison.Ordinal));
        Assert.Empty(await SearchAsync("US/Local.json?InPostalCode=00000"));
    }

    [Theory]
    [InlineData("GB/Local.json", @"^\+4420794600\d\d$|^\+44\d{10}$", "GB")]
    [InlineData("GB/Mobile.json", @"^\+447700900\d{3}$", "GB")]
    [InlineData("FR/Local.json", @"^\+3319900\d{4}$", "FR")]
    [InlineData("DE/Mobile.json", @"^\+4915228817\d{3}$", "DE")]
    [InlineData("AU/TollFree.json", @"^\+611800160\d{3}$", "AU")]
    [InlineData("CA/Local.json?AreaCode=604", @"^\+1604[2-9]\d{6}$", "CA")]
    [InlineData("US/TollFree.json", @"^\+18(00|33|44|55|66|77|88)[2-9]\d{6}$", "US")]
    public async Task OtherCountriesAndTypesHaveTheirShapes(string path, string shape, string country)
    {
        var numbers = await SearchAsync(path);
        Assert.NotEmpty(numbers);
        Assert.All(numbers, n =>
        {
            Assert.Matches(shape, n.GetProperty("phone_number").GetString()!);
            Assert.Equal(country, n.GetProperty("iso_country").GetString());
        });
    }

    [Theory]
    [InlineData("ZZ/Local.json")]
    [InlineData("US/Mobile.json")]
    public async Task UnknownCountryOrTypeIsNotFound(string path)
    {
        var (status, json) = await h.GetAsync($"{h.AccountPath}/AvailablePhoneNumbers/{path}");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(20404, json.GetProperty("code").GetInt32());
        Assert.Equal(404, json.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task AFoundNumberCanBeBoughtAndIsThenNoLongerOffered()
    {
        var offered = (await SearchAsync("US/Local.json?AreaCode=617&PageSize=3")).Select(n => n.GetProperty("phone_number").GetString()!).ToList();
        var (status, bought) = await h.PostFormAsync($"{h.AccountPath}/IncomingPhoneNumbers.json", ("PhoneNumber", offered[0]));
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(offered[0], bought.GetProperty("phone_number").GetString());
        Assert.Matches(new Regex("^PN[0-9a-f]{32}$"), bought.GetProperty("sid").GetString()!);

        var after = (await SearchAsync("US/Local.json?AreaCode=617&PageSize=3")).Select(n => n.GetProperty("phone_number").GetString()!).ToList();
        Assert.DoesNotContain(offered[0], after);
        Assert.Equal(offered[1], after[0]);
    }
}
