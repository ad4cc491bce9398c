using System.Net;
using Switchboard.Twilio.Rest;
using Switchboard.Twilio.Tests.Rest.Support;

namespace Switchboard.Twilio.Tests.Rest;

public class CallWireFormatTests
{
    [Fact]
    public async Task PlacesACallWithRepeatedStatusCallbackEventsAndBooleans()
    {
        var (client, handler, _) = Fixture.Client();
        handler.Answer(HttpStatusCode.Created, Fixture.SpecExample("call-fetch.json"));

        await client.Calls.CreateAsync(new CreateCallRequest
        {
            To = "+15555550100",
            From = "+15555550199",
            Url = new Uri("https://example.com/voice?step=1"),
            StatusCallback = new Uri("https://example.com/status"),
            StatusCallbackEvents = ["initiated", "ringing", "answered", "completed"],
            Timeout = 20,
            Record = true,
            MachineDetection = "Enable",
            AsyncAmd = false,
        });

        var request = Assert.Single(handler.Requests);
        Assert.Equal(Fixture.AccountPath + "/Calls.json", request.PathAndQuery);
        Assert.Equal(
            "To=%2B15555550100&From=%2B15555550199&Url=https%3A%2F%2Fexample.com%2Fvoice%3Fstep%3D1"
            + "&StatusCallback=https%3A%2F%2Fexample.com%2Fstatus"
            + "&StatusCallbackEvent=initiated&StatusCallbackEvent=ringing&StatusCallbackEvent=answered&StatusCallbackEvent=completed"
            + "&Timeout=20&Record=true&MachineDetection=Enable&AsyncAmd=false",
            request.BodyText);
    }

    [Fact]
    public async Task PlacesACallWithInlineTwiml()
    {
        var (client, handler, _) = Fixture.Client();
        handler.Answer(HttpStatusCode.Created, Fixture.SpecExample("call-fetch.json"));

        await client.Calls.CreateAsync(new CreateCallRequest { To = "+15555550100", From = "+15555550199", Twiml = "<Response><Say>Hi there</Say></Response>" });

        Assert.Equal(
            "To=%2B15555550100&From=%2B15555550199&Twiml=%3CResponse%3E%3CSay%3EHi%20there%3C%2FSay%3E%3C%2FResponse%3E",
            Assert.Single(handler.Requests).BodyText);
    }

    [Fact]
    public async Task RefusesACallWithNothingToDo()
    {
        var (client, handler, _) = Fixture.Client();

        await Assert.ThrowsAsync<ArgumentException>(() => client.Calls.CreateAsync(new CreateCallRequest { To = "+15555550100", From = "+15555550199" }));

        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task EndsACallByUpdatingItsStatus()
    {
        var (client, handler, _) = Fixture.Client();
        handler.Answer(HttpStatusCode.OK, Fixture.SpecExample("call-fetch.json"));

        await client.Calls.UpdateAsync("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", new UpdateCallRequest { Status = "completed" });

        var request = Assert.Single(handler.Requests);
        Assert.Equal((HttpMethod.Post, Fixture.AccountPath + "/Calls/CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json"), (request.Method, request.PathAndQuery));
        Assert.Equal("Status=completed", request.BodyText);
    }

    [Fact]
    public async Task ListsCallsWithTimeFilters()
    {
        var (client, handler, _) = Fixture.Client();
        handler.Answer(HttpStatusCode.OK, Fixture.SpecExample("calls-page.json"));

        await client.Calls.ListPageAsync(
            new CallListFilter { Status = "completed", StartTimeAfter = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), EndTimeBefore = new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero) },
            pageSize: 50);

        Assert.Equal(
            Fixture.AccountPath + "/Calls.json?Status=completed&StartTime%3E=2026-01-01T00%3A00%3A00Z&EndTime%3C=2026-01-02T00%3A00%3A00Z&PageSize=50",
            Assert.Single(handler.Requests).PathAndQuery);
    }
}
