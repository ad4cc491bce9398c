using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Switchboard.Users;

namespace Switchboard.Tests.Users;

public sealed class SignInTests(UsersApp app) : IClassFixture<UsersApp>
{
    [Fact]
    public async Task SigningInSetsAStrictHttpOnlySessionCookieThatReadsMe()
    {
        var email = UserFixtures.NewEmail("alice");
        var id = await app.UserAsync(email, UserRole.Admin);
        using var browser = app.Session();

        var response = await browser.SignInAsync(email.ToUpperInvariant(), UserFixtures.Password);
        var me = await browser.Http.GetFromJsonAsync<JsonElement>("/api/v1/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(UserSession.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("user", me.GetProperty("kind").GetString());
        Assert.Equal("admin", me.GetProperty("role").GetString());
        Assert.Equal(email, me.GetProperty("user").GetProperty("email").GetString());
        Assert.Equal(id.ToString(), me.GetProperty("user").GetProperty("id").GetString());
        Assert.Equal(app.OrganizationId.ToString(), me.GetProperty("organization").GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(me.GetProperty("csrfToken").GetString()));
        Assert.Contains(await app.AuditAsync("user.signed_in"), e => e.GetProperty("target").GetString() == id.ToString()
            && e.GetProperty("actor").GetString() == "user:" + email);
    }

    [Fact]
    public async Task MeDescribesAnApiKeyCallerToo()
    {
        using var api = app.Api();
        var me = await api.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal("api_key", me.GetProperty("kind").GetString());
        Assert.Equal("admin", me.GetProperty("role").GetString());
        Assert.Equal(JsonValueKind.Null, me.GetProperty("user").ValueKind);
    }

    [Fact]
    public async Task AWrongPasswordAnswersExactlyLikeAnUnknownEmail()
    {
        var email = UserFixtures.NewEmail();
        await app.UserAsync(email);
        using var browser = app.Session();

        var wrong = await browser.SignInAsync(email, "not the password at all");
        var unknown = await browser.SignInAsync(UserFixtures.NewEmail("nobody"), "not the password at all");

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(wrong.StatusCode, unknown.StatusCode);
        Assert.Equal(Comparable(await wrong.Content.ReadAsStringAsync()), Comparable(await unknown.Content.ReadAsStringAsync()));
        Assert.False(wrong.Headers.Contains("Set-Cookie") && wrong.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(UserSession.CookieName, StringComparison.Ordinal)));
        var failed = Assert.Single(await app.AuditAsync("user.sign_in_failed"), e => e.GetProperty("detail").GetString()!.Contains(email, StringComparison.Ordinal));
        Assert.DoesNotContain("not the password", failed.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiveFailuresLockTheAccountAndTheRightPasswordIsRefusedWhileLocked()
    {
        var email = UserFixtures.NewEmail();
        var id = await app.UserAsync(email);
        using var browser = app.Session();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add((await browser.SignInAsync(email, $"wrong password {i}")).StatusCode);
        }

        var right = await browser.SignInAsync(email, UserFixtures.Password);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 4), HttpStatusCode.Locked], answers);
        Assert.Equal(HttpStatusCode.Locked, right.StatusCode);
        Assert.True(right.Headers.RetryAfter?.Delta > TimeSpan.FromMinutes(14));
        var problem = await right.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Account locked", problem.GetProperty("title").GetString());
        Assert.Contains(await app.AuditAsync("user.locked_out"), e => e.GetProperty("target").GetString() == id.ToString());

        using var api = app.Api();
        var user = await api.GetFromJsonAsync<JsonElement>($"/api/v1/users/{id}");
        Assert.NotEqual(JsonValueKind.Null, user.GetProperty("lockedUntil").ValueKind);
        (await api.PostAsJsonAsync($"/api/v1/users/{id}/password", new { password = UserFixtures.Password })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await browser.SignInAsync(email, UserFixtures.Password)).StatusCode);
    }

    [Fact]
    public async Task CookieAuthenticatedChangesNeedTheCsrfToken()
    {
        var email = UserFixtures.NewEmail("admin");
        await app.UserAsync(email, UserRole.Admin);
        using var browser = await app.Session().SignedInAsync(email, UserFixtures.Password);
        var template = new { name = $"Greeting {Guid.NewGuid():N}", bodies = new { en = "Hello {name}" } };

        var without = await browser.SendAsync(HttpMethod.Post, "/api/v1/templates", template, withCsrf: false);
        var withToken = await browser.SendAsync(HttpMethod.Post, "/api/v1/templates", template);
        var forged = await browser.Http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/templates")
        {
            Content = JsonContent.Create(template), Headers = { { "X-CSRF-Token", "forged" } },
        });

        Assert.Equal(HttpStatusCode.Forbidden, without.StatusCode);
        Assert.Equal("CSRF token missing or invalid", (await without.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Created, withToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/api/v1/templates")).StatusCode);
    }

    [Fact]
    public async Task AnAgentUserReadsAndRepliesButIsRefusedAdminEndpoints()
    {
        var email = UserFixtures.NewEmail("agent");
        await app.UserAsync(email);
        using var browser = await app.Session().SignedInAsync(email, UserFixtures.Password);

        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/api/v1/conversations")).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await browser.SendAsync(HttpMethod.Post, "/api/v1/messages", new { to = "+14155550177", body = "On my way" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.Http.GetAsync("/api/v1/users")).StatusCode);
        var refused = await browser.SendAsync(HttpMethod.Post, "/api/v1/api-keys", new { name = "mine" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ADisabledUsersExistingSessionStopsWorkingAndTheyCannotSignInAgain()
    {
        var email = UserFixtures.NewEmail();
        var id = await app.UserAsync(email);
        using var browser = await app.Session().SignedInAsync(email, UserFixtures.Password);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/api/v1/me")).StatusCode);

        using var api = app.Api();
        (await api.PatchAsJsonAsync($"/api/v1/users/{id}", new { disabled = true })).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Http.GetAsync("/api/v1/me")).StatusCode);
        var again = await browser.SignInAsync(email, UserFixtures.Password);
        Assert.Equal(HttpStatusCode.Forbidden, again.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.SignInAsync(email, "a wrong password")).StatusCode);
    }

    [Fact]
    public async Task SigningOutEndsTheSessionEvenForACopiedCookie()
    {
        var email = UserFixtures.NewEmail();
        await app.UserAsync(email);
        using var browser = await app.Session().SignedInAsync(email, UserFixtures.Password);
        using var copy = app.Session();
        foreach (Cookie cookie in browser.Cookies.GetAllCookies())
        {
            copy.Cookies.Add(cookie);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.SendAsync(HttpMethod.Post, "/account/sign-out", withCsrf: false)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await browser.SendAsync(HttpMethod.Post, "/account/sign-out")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Http.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.Http.GetAsync("/api/v1/me")).StatusCode);
        Assert.Contains(await app.AuditAsync("user.signed_out"), e => e.GetProperty("actor").GetString() == "user:" + email);
    }

    [Fact]
    public async Task TheEventStreamAcceptsTheSessionCookie()
    {
        var email = UserFixtures.NewEmail();
        await app.UserAsync(email);
        using var browser = await app.Session().SignedInAsync(email, UserFixtures.Password);

        using var response = await browser.Http.GetAsync("/api/v1/events", HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task SignInRefusesBadRequestsByField()
    {
        using var browser = app.Session();
        var missing = await browser.Http.PostAsJsonAsync("/account/sign-in", new { email = "" });
        using var text = new StringContent("email=a&password=b", System.Text.Encoding.UTF8, "text/plain");
        var plain = await browser.Http.PostAsync("/account/sign-in", text);

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var errors = (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("password", out _));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plain.StatusCode);
    }

    // The problem's trace id differs per request; everything else must be the same.
    private static string Comparable(string problem)
    {
        var json = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(problem)!;
        json.Remove("traceId");
        return JsonSerializer.Serialize(json);
    }
}
