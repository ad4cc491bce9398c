using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Tenancy;
using Switchboard.Tests.Inbound;
using Switchboard.Tests.Infrastructure;

namespace Switchboard.Tests.Security;

public sealed partial class AgentRoleTests : IAsyncLifetime
{
    /// <summary>Operations that must stay admin-only: settings, templates, keys, webhooks, replays, verified numbers.</summary>
    private static readonly string[] MustBeAdminOnly =
    [
        "CreateApiKey", "ListApiKeys", "RevokeApiKey",
        "CreateTemplate", "ReplaceTemplate", "DeleteTemplate", "DuplicateTemplate",
        "CreateWebhookEndpoint", "ListWebhookEndpoints", "DeleteWebhookEndpoint", "ListWebhookDeliveries", "ReplayWebhookDelivery",
        "AddVerifiedNumber", "RemoveVerifiedNumber", "ReplayInboundJob", "ResendDeadLetter", "UpdateConsentKeywords",
        "CreateUser", "ListUsers", "GetUser", "UpdateUser", "ResetUserPassword", "DeleteUser",
        "SetTwilioCredentials", "RemoveTwilioCredentials", "VerifyTwilioCredentials", "SendTestSms",
        "UpdateOrganization", "EnableWebhookEndpoint",
    ];

    private readonly InboundApp app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task AnAgentIsRefusedEveryAdminOperationWithOrganisationAIds()
    {
        var a = await OrganisationAData.CreateAsync(app);
        var organizationId = await app.QueryAsync(db => Task.FromResult(db.Organizations.Single(o => o.Slug == "default").Id));
        using var agent = app.App.ApiClient(await TenantFixtures.CreateKeyAsync(app.App, organizationId, ApiKeyRole.Agent));

        var adminOperations = AdminOnlyEndpoints().ToList();
        Assert.Empty(MustBeAdminOnly.Except(adminOperations.Select(e => e.Name)));

        var failures = new List<string>();
        foreach (var (name, method, pattern) in adminOperations)
        {
            var operation = new OpenApiOperation(method, RouteParameter().Replace(pattern, "{$1}"), name, method is "POST" or "PUT" or "PATCH");
            foreach (var path in operation.PathsWith(a.IdsByResource, a.AllIds))
            {
                using var response = await agent.SendAsync(operation.Request(path, MinimalBodies.For(operation)));
                if (response.StatusCode != HttpStatusCode.Forbidden)
                {
                    failures.Add($"{method} {path}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task AnAgentReadsAndReplies()
    {
        var organizationId = await app.QueryAsync(db => Task.FromResult(db.Organizations.Single(o => o.Slug == "default").Id));
        using var agent = app.App.ApiClient(await TenantFixtures.CreateKeyAsync(app.App, organizationId, ApiKeyRole.Agent));
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync("/api/v1/conversations")).StatusCode);
        using var body = new StringContent("""{"to":"+14155550177","body":"On my way"}""", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.Accepted, (await agent.PostAsync("/api/v1/messages", body)).StatusCode);
    }

    /// <summary>Every endpoint carrying the admin policy, read from the app's own routing table.</summary>
    private IEnumerable<(string Name, string Method, string Pattern)> AdminOnlyEndpoints()
    {
        foreach (var endpoint in app.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (!endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(d => d.Policy == TenancyFeature.AdminPolicy))
            {
                continue;
            }

            var name = endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? endpoint.DisplayName ?? "";
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
            {
                yield return (name, method, "/" + endpoint.RoutePattern.RawText!.TrimStart('/'));
            }
        }
    }

    [GeneratedRegex(@"\{([a-zA-Z]+)(:[^}]*)?\}")]
    private static partial Regex RouteParameter();
}
