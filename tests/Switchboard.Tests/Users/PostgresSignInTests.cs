using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Switchboard.Tests.Infrastructure;
using Switchboard.Tests.Security;
using Switchboard.Users;

namespace Switchboard.Tests.Users;

/// <summary>Sign-in, lockout and the session check against PostgreSQL (timestamps with time zone, the email index).</summary>
[Collection(PostgresCollection.Name)]
[Trait("Suite", "Postgres")]
public sealed class PostgresSignInTests(PostgresServer server)
{
    [PostgresFact]
    public async Task SignsInLocksOutAndEndsADisabledUsersSessionOnPostgres()
    {
        using var app = new SwitchboardApp(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "postgres",
            ["ConnectionStrings:Switchboard"] = await server.CreateDatabaseAsync(),
            ["SWITCHBOARD_BOOTSTRAP_API_KEY"] = UsersApp.AdminKey,
            ["Users:MaxFailedAttempts"] = "2",
        }).Start();
        await app.WaitUntilReadyAsync();
        var organization = await TenantFixtures.DefaultOrganizationIdAsync(app);
        var email = UserFixtures.NewEmail();
        var locked = UserFixtures.NewEmail("locked");
        var id = await UserFixtures.CreateAsync(app, organization, email, UserRole.Agent);
        await UserFixtures.CreateAsync(app, organization, locked, UserRole.Agent);
        using var browser = await new SessionClient(app).SignedInAsync(email.ToUpperInvariant(), UserFixtures.Password);
        using var other = new SessionClient(app);

        var me = await browser.Http.GetFromJsonAsync<JsonElement>("/api/v1/me");
        await other.SignInAsync(locked, "wrong password one");
        var lockedOut = await other.SignInAsync(locked, "wrong password two");
        var right = await other.SignInAsync(locked, UserFixtures.Password);
        using var api = app.ApiClient(UsersApp.AdminKey);
        (await api.PatchAsJsonAsync($"/api/v1/users/{id}", new { disabled = true })).EnsureSuccessStatusCode();

        Assert.Equal(email, me.GetProperty("user").GetProperty("email").GetString());
        Assert.Equal(HttpStatusCode.Locked, lockedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Locked, right.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Http.GetAsync("/api/v1/me")).StatusCode);
    }

    [PostgresFact]
    public async Task TwoAdminsDemotingEachOtherAtOnceLeaveOneAdminOnPostgres()
    {
        using var app = new SwitchboardApp(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "postgres",
            ["ConnectionStrings:Switchboard"] = await server.CreateDatabaseAsync(),
        }).Start();
        await app.WaitUntilReadyAsync();
        var other = await TenantFixtures.CreateOrganizationAsync(app, "Race org");
        var first = await UserFixtures.CreateAsync(app, other.OrganizationId, UserFixtures.NewEmail("race-a"), UserRole.Admin);
        var second = await UserFixtures.CreateAsync(app, other.OrganizationId, UserFixtures.NewEmail("race-b"), UserRole.Admin);
        using var api = app.ApiClient(other.AdminKey);

        var answers = await Task.WhenAll(
            api.DeleteAsync($"/api/v1/users/{first}"),
            api.PatchAsJsonAsync($"/api/v1/users/{second}", new { role = "agent" }));
        var users = await api.GetFromJsonAsync<JsonElement>("/api/v1/users");

        // Whichever came first succeeds; the other finds the last admin.
        Assert.Single(answers, a => a.IsSuccessStatusCode);
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Conflict);
        Assert.Single(users.GetProperty("items").EnumerateArray(), u => u.GetProperty("role").GetString() == "admin" && u.GetProperty("active").GetBoolean());
    }
}
