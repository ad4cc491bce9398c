using System.Net;
using System.Text;
using System.Text.Json;
using Switchboard.Tests.Inbound;
using Switchboard.Tests.Infrastructure;
using Switchboard.Tests.Users;

namespace Switchboard.Tests.Security;

/// <summary>
/// Walks every operation of the OpenAPI document as another organisation's admin, with ids that
/// exist in organisation A: new endpoints are covered as soon as they are documented.
/// </summary>
public sealed class CrossOrganisationTests : IAsyncLifetime
{
    /// <summary>Operations the walk cannot call, each with the reason.</summary>
    private static readonly Dictionary<string, string> Exclusions = new(StringComparer.Ordinal)
    {
        // A server-sent event stream never ends, so there is no whole answer to scan.
        ["GET /api/v1/events"] = "endless stream; its tenant scoping is covered by the Events tests",
    };

    private readonly InboundApp app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task AnotherOrganisationSeesNothingOfOrganisationAThroughAnyOperation()
    {
        var a = await OrganisationAData.CreateAsync(app);
        var b = await TenantFixtures.CreateOrganizationAsync(app.App, "Organisation B");
        using var client = app.App.ApiClient(b.AdminKey);
        await WalkAsync(a, client, request => client.SendAsync(request));
    }

    [Fact]
    public async Task AnotherOrganisationsSignedInAdminSeesNothingOfOrganisationAEither()
    {
        var a = await OrganisationAData.CreateAsync(app);
        var b = await TenantFixtures.CreateOrganizationAsync(app.App, "Organisation B");
        var email = UserFixtures.NewEmail("b-admin");
        await UserFixtures.CreateAsync(app.App, b.OrganizationId, email, Switchboard.Users.UserRole.Admin);
        using var browser = await new SessionClient(app.App).SignedInAsync(email, UserFixtures.Password);
        await WalkAsync(a, browser.Http, request =>
        {
            request.Headers.Add("X-CSRF-Token", browser.CsrfToken);
            return browser.Http.SendAsync(request);
        });
    }

    private static async Task WalkAsync(OrganisationAData a, HttpClient reader, Func<HttpRequestMessage, Task<HttpResponseMessage>> send)
    {
        var operations = await OpenApiOperations.ReadAsync(reader);
        Assert.Contains(operations, o => o.Path.Contains('{', StringComparison.Ordinal));

        var failures = new List<string>();
        var walked = 0;
        foreach (var operation in operations.Where(o => !Exclusions.ContainsKey(o.Key)))
        {
            foreach (var path in operation.PathsWith(a.IdsByResource, a.AllIds))
            {
                walked++;
                using var request = operation.Request(path, MinimalBodies.For(operation));
                using var response = await send(request);
                var text = await response.Content.ReadAsStringAsync();
                if (operation.HasPathParameters && response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.Forbidden))
                {
                    failures.Add($"{operation.Method} {path}: {(int)response.StatusCode} {text}");
                }

                if (a.Secrets.FirstOrDefault(s => text.Contains(s, StringComparison.OrdinalIgnoreCase)) is { } leaked)
                {
                    failures.Add($"{operation.Method} {path}: answer contains A's '{leaked}'");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.True(walked > operations.Count / 2, $"only {walked} calls were made");
    }
}

/// <summary>A minimal valid body per operation, so a refusal is about ownership, not about the body.</summary>
public static class MinimalBodies
{
    private static readonly Dictionary<string, object> Bodies = new(StringComparer.Ordinal)
    {
        ["SendMessage"] = new { to = "+14155550188", body = "hello" },
        ["PreviewMessage"] = new { to = "+14155550188", body = "hello" },
        ["CreateTemplate"] = new { name = "Walk", bodies = new { en = "hi" } },
        ["ReplaceTemplate"] = new { name = "Walk", bodies = new { en = "hi" } },
        ["CreateWebhookEndpoint"] = new { url = "https://example.com/walk", eventTypes = new[] { "sms_received" } },
        ["AddVerifiedNumber"] = new { phone = "+14155550188" },
        ["CreateApiKey"] = new { name = "walk" },
        ["UpdateConversation"] = new { status = "closed" },
        ["UpdateOrganization"] = new { helpText = "walk" },
        ["CreateUser"] = new { email = $"walk-{Guid.NewGuid():N}@example.com", name = "Walk", role = "agent" },
        ["UpdateUser"] = new { name = "Walk", role = "agent", disabled = true },
        ["ResetUserPassword"] = new { password = "walk password 0123456789" },
        ["SendTestSms"] = new { to = "+14155550188" },
    };

    public static HttpContent? For(OpenApiOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (!operation.HasBody)
        {
            return null;
        }

        var body = operation.Id is { } id && Bodies.TryGetValue(id, out var known) ? JsonSerializer.Serialize(known) : "{}";
        return new StringContent(body, Encoding.UTF8, "application/json");
    }
}
