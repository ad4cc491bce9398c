using System.Net;
using System.Net.Http.Headers;

namespace Switchboard.Tests.Infrastructure;

public static class SwitchboardAppExtensions
{
    /// <summary>Waits until /health/ready answers 200: migrations applied, setup finished.</summary>
    public static Task WaitUntilReadyAsync(this SwitchboardApp app) =>
        Eventually.HappensAsync("/health/ready to answer 200", async () =>
        {
            using var client = new HttpClient { BaseAddress = app.BaseAddress };
            return (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK;
        });

    public static HttpClient ApiClient(this SwitchboardApp app, string apiKey)
    {
        var client = new HttpClient { BaseAddress = app.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return client;
    }
}
