using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Tenancy;
using Switchboard.Tests.Infrastructure;
using Switchboard.Users;

namespace Switchboard.Tests.Users;

/// <summary>A browser-like client: keeps cookies, signs in with JSON and sends the CSRF token when asked.</summary>
public sealed class SessionClient : IDisposable
{
    private readonly HttpClientHandler handler;

    public SessionClient(SwitchboardApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        Http = new HttpClient(handler) { BaseAddress = app.BaseAddress };
    }

    public HttpClient Http { get; }

    public CookieContainer Cookies => handler.CookieContainer;

    /// <summary>The token from the last successful sign-in, for X-CSRF-Token.</summary>
    public string? CsrfToken { get; private set; }

    public async Task<HttpResponseMessage> SignInAsync(string email, string password)
    {
        var response = await Http.PostAsJsonAsync("/account/sign-in", new { email, password });
        if (response.StatusCode == HttpStatusCode.OK)
        {
            CsrfToken = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("csrfToken").GetString();
        }

        return response;
    }

    /// <summary>Signs in and fails the test unless it worked.</summary>
    public async Task<SessionClient> SignedInAsync(string email, string password)
    {
        var response = await SignInAsync(email, password);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return this;
    }

    /// <summary>A changing request as the coming web UI sends it: JSON and, when wanted, the CSRF header.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, bool withCsrf = true)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (withCsrf && CsrfToken is not null)
        {
            request.Headers.Add("X-CSRF-Token", CsrfToken);
        }

        return Http.SendAsync(request);
    }

    public void Dispose()
    {
        Http.Dispose();
        handler.Dispose();
    }
}

/// <summary>Users written through Identity's UserManager, as an admin would create them.</summary>
public static class UserFixtures
{
    public const string Password = "correct horse battery staple";

    public static string NewEmail(string who = "user") => $"{who}-{Guid.NewGuid():N}@example.com";

    public static async Task<Guid> CreateAsync(SwitchboardApp app, Guid organizationId, string email, UserRole role, string password = Password)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(organizationId);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = new User { Email = email, NormalizedEmail = users.NormalizeEmail(email), Name = $"Test {role}", Role = role };
        var result = await users.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Description)));
        return user.Id;
    }
}
