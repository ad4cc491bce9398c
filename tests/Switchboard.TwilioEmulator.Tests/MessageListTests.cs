using System.Net;
using System.Text.Json;
using Switchboard.TwilioEmulator.Tests.Support;

namespace Switchboard.TwilioEmulator.Tests;

public sealed class MessageListTests : IAsyncLifetime
{
    private EmulatorHarness h = null!;

    public async Task InitializeAsync() => h = await EmulatorHarness.StartAsync(manualClock: true);

    public async Task DisposeAsync() => await h.DisposeAsync();

    [Fact]
    public async Task ListIsNewestFirstAndPagesFollowNextPageUriToTheEnd()
    {
        var sids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            sids.Add((await h.SendSmsAsync(("Body", $"n{i}"))).GetProperty("sid").GetString()!);
            h.Clock!.Advance(TimeSpan.FromSeconds(1));
        }

        sids.Reverse();
        var seen = new List<string>();
        string? next = $"{h.AccountPath}/Messages.json?PageSize=2";
        var pages = 0;
        while (next is not null)
        {
            var (status, page) = await h.GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(pages, page.GetProperty("page").GetInt32());
            Assert.Equal(2, page.GetProperty("page_size").GetInt32());
            Assert.Equal(pages * 2, page.GetProperty("start").GetInt32());
            Assert.Equal(JsonValueKind.String, page.GetProperty("first_page_uri").ValueKind);
            Assert.Equal(pages == 0 ? JsonValueKind.Null : JsonValueKind.String, page.GetProperty("previous_page_uri").ValueKind);
            var items = page.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("sid").GetString()!).ToList();
            Assert.Equal(page.GetProperty("start").GetInt32() + items.Count - 1, page.GetProperty("end").GetInt32());
            seen.AddRange(items);
            next = page.GetProperty("next_page_uri").GetString();
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(sids, seen);
    }

    [Fact]
    public async Task PreviousPageUriLeadsBackToTheSamePage()
    {
        for (var i = 0; i < 4; i++)
        {
            await h.SendSmsAsync(("Body", $"n{i}"));
        }

        var first = (await h.GetAsync($"{h.AccountPath}/Messages.json?PageSize=2")).Json;
        var second = (await h.GetAsync(first.GetProperty("next_page_uri").GetString()!)).Json;
        var back = (await h.GetAsync(second.GetProperty("previous_page_uri").GetString()!)).Json;
        Assert.Equal(MessagesApiTests.Sids(first), MessagesApiTests.Sids(back));
        Assert.Equal(0, back.GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task ListFiltersByToFromAndDateSent()
    {
        await h.SendSmsAsync(("Body", "to customer"));
        var other = await h.SendSmsAsync(("Body", "to other"), ("To", "+15551112222"));
        var fromTollFree = await h.SendSmsAsync(("Body", "toll free"), ("From", EmulatorHarness.TollFree));
        await h.WaitForStatusAsync(fromTollFree.GetProperty("sid").GetString()!, "delivered");

        var byTo = (await h.GetAsync($"{h.AccountPath}/Messages.json?To=%2B15551112222")).Json;
        Assert.Equal([other.GetProperty("sid").GetString()!], MessagesApiTests.Sids(byTo));
        Assert.Contains("To=%2B15551112222", byTo.GetProperty("uri").GetString(), StringComparison.Ordinal);

        var byFrom = (await h.GetAsync($"{h.AccountPath}/Messages.json?From=%2B18005550100")).Json;
        Assert.Equal([fromTollFree.GetProperty("sid").GetString()!], MessagesApiTests.Sids(byFrom));

        Assert.Single(MessagesApiTests.Sids((await h.GetAsync($"{h.AccountPath}/Messages.json?DateSent=2026-03-02&From=%2B18005550100")).Json));
        Assert.Empty(MessagesApiTests.Sids((await h.GetAsync($"{h.AccountPath}/Messages.json?DateSent=2026-03-01")).Json));
        Assert.Single(MessagesApiTests.Sids((await h.GetAsync($"{h.AccountPath}/Messages.json?DateSent%3E=2026-03-02&From=%2B18005550100")).Json));
        Assert.Empty(MessagesApiTests.Sids((await h.GetAsync($"{h.AccountPath}/Messages.json?DateSent%3C=2026-03-01")).Json));
        Assert.Single(MessagesApiTests.Sids((await h.GetAsync($"{h.AccountPath}/Messages.json?DateSent=2026-03-02T00%3A00%3A00Z&From=%2B18005550100")).Json));
        Assert.Equal(HttpStatusCode.BadRequest, (await h.GetAsync($"{h.AccountPath}/Messages.json?DateSent=yesterday")).Status);
    }
}
