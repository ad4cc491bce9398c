using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Switchboard.Tests.Infrastructure;
using Switchboard.Tests.Security;
using Switchboard.Users;

namespace Switchboard.Tests.Users;

public sealed class UserManagementTests(UsersApp app) : IClassFixture<UsersApp>
{
    [Fact]
    public async Task AnAdminCreatesAUserWhoseGeneratedPasswordIsShownOnceAndWorks()
    {
        using var api = app.Api();
        var email = UserFixtures.NewEmail("new");

        var created = await api.PostAsJsonAsync("/api/v1/users", new { email, name = "New Agent", role = "agent" });
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetString();
        var password = body.GetProperty("oneTimePassword").GetString()!;
        var read = await api.GetStringAsync($"/api/v1/users/{id}");
        var list = await api.GetStringAsync("/api/v1/users?role=agent");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("agent", body.GetProperty("role").GetString());
        Assert.True(password.Length >= 12);
        Assert.DoesNotContain(password, read, StringComparison.Ordinal);
        Assert.DoesNotContain(password, list, StringComparison.Ordinal);
        Assert.Contains(email, list, StringComparison.Ordinal);
        foreach (var answer in new[] { body.ToString(), read, list })
        {
            Assert.DoesNotContain("hash", answer, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("stamp", answer, StringComparison.OrdinalIgnoreCase);
        }

        using var browser = app.Session();
        Assert.Equal(HttpStatusCode.OK, (await browser.SignInAsync(email, password)).StatusCode);
        var audit = Assert.Single(await app.AuditAsync("user.created"), e => e.GetProperty("target").GetString() == id);
        Assert.DoesNotContain(password, audit.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreatingRefusesBadFieldsAndAnEmailInUse()
    {
        using var api = app.Api();
        var email = UserFixtures.NewEmail();
        await app.UserAsync(email);

        var bad = await api.PostAsJsonAsync("/api/v1/users", new { email = "not-an-email", name = "", role = "owner", password = "short" });
        var duplicate = await api.PostAsJsonAsync("/api/v1/users", new { email = email.ToUpperInvariant(), name = "Twin" });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "email", "name", "role", "password" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }

        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
    }

    [Fact]
    public async Task TheLastActiveAdminCannotBeDemotedDisabledOrDeleted()
    {
        var other = await TenantFixtures.CreateOrganizationAsync(app.App, "Solo admin org");
        var email = UserFixtures.NewEmail("solo");
        var admin = await UserFixtures.CreateAsync(app.App, other.OrganizationId, email, UserRole.Admin);
        using var api = app.App.ApiClient(other.AdminKey);

        var demote = await api.PatchAsJsonAsync($"/api/v1/users/{admin}", new { role = "agent" });
        var disable = await api.PatchAsJsonAsync($"/api/v1/users/{admin}", new { disabled = true });
        var delete = await api.DeleteAsync($"/api/v1/users/{admin}");

        foreach (var refused in new[] { demote, disable, delete })
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Equal("The last admin cannot be removed", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        }

        var second = await UserFixtures.CreateAsync(app.App, other.OrganizationId, UserFixtures.NewEmail("second"), UserRole.Admin);
        Assert.Equal(HttpStatusCode.OK, (await api.PatchAsJsonAsync($"/api/v1/users/{admin}", new { role = "agent" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.DeleteAsync($"/api/v1/users/{second}")).StatusCode);
    }

    [Fact]
    public async Task TwoAdminsDemotingEachOtherAtOnceLeaveOneAdmin()
    {
        for (var round = 0; round < 5; round++)
        {
            var other = await TenantFixtures.CreateOrganizationAsync(app.App, $"Race org {round}");
            var first = await UserFixtures.CreateAsync(app.App, other.OrganizationId, UserFixtures.NewEmail("race-a"), UserRole.Admin);
            var second = await UserFixtures.CreateAsync(app.App, other.OrganizationId, UserFixtures.NewEmail("race-b"), UserRole.Admin);
            using var api = app.App.ApiClient(other.AdminKey);

            var answers = await Task.WhenAll(
                api.PatchAsJsonAsync($"/api/v1/users/{first}", new { role = "agent" }),
                api.PatchAsJsonAsync($"/api/v1/users/{second}", new { disabled = true }));
            var users = await api.GetFromJsonAsync<JsonElement>("/api/v1/users");

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
            var activeAdmins = users.GetProperty("items").EnumerateArray()
                .Count(u => u.GetProperty("role").GetString() == "admin" && u.GetProperty("active").GetBoolean());
            Assert.Equal(1, activeAdmins);
        }
    }

    [Fact]
    public async Task ARoleChangeEndsTheSessionAndTheNewRoleAppliesAtTheNextSignIn()
    {
        var email = UserFixtures.NewEmail();
        var id = await app.UserAsync(email, UserRole.Admin);
        using var browser = await app.Session().SignedInAsync(email, UserFixtures.Password);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/api/v1/users")).StatusCode);
        using var api = app.Api();

        var changed = await api.PatchAsJsonAsync($"/api/v1/users/{id}", new { role = "agent", name = "Demoted" });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("Demoted", (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Http.GetAsync("/api/v1/users")).StatusCode);
        await browser.SignedInAsync(email, UserFixtures.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.Http.GetAsync("/api/v1/users")).StatusCode);
        Assert.Contains(await app.AuditAsync("user.updated"), e => e.GetProperty("target").GetString() == id.ToString());
    }

    [Fact]
    public async Task AResetPasswordReplacesTheOldOneAndDeletedUsersAreGone()
    {
        var email = UserFixtures.NewEmail();
        var id = await app.UserAsync(email);
        using var api = app.Api();

        var reset = await (await api.PostAsJsonAsync($"/api/v1/users/{id}/password", new { })).Content.ReadFromJsonAsync<JsonElement>();
        var password = reset.GetProperty("oneTimePassword").GetString()!;
        using var browser = app.Session();
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.SignInAsync(email, UserFixtures.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.SignInAsync(email, password)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/v1/users/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/users/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Http.GetAsync("/api/v1/me")).StatusCode);
        Assert.Contains(await app.AuditAsync("user.deleted"), e => e.GetProperty("target").GetString() == id.ToString());
    }

    [Fact]
    public async Task AUserReplacesTheirOneTimePasswordAndTheirOtherSessionsEnd()
    {
        using var api = app.Api();
        var email = UserFixtures.NewEmail("changer");
        var created = await (await api.PostAsJsonAsync("/api/v1/users", new { email, name = "Changer" })).Content.ReadFromJsonAsync<JsonElement>();
        var oneTime = created.GetProperty("oneTimePassword").GetString()!;
        using var browser = await app.Session().SignedInAsync(email, oneTime);
        using var elsewhere = await app.Session().SignedInAsync(email, oneTime);

        var wrong = await browser.SendAsync(HttpMethod.Post, "/api/v1/me/password", new { currentPassword = "not it", newPassword = "short" });
        var changed = await browser.SendAsync(HttpMethod.Post, "/api/v1/me/password", new { currentPassword = oneTime, newPassword = "my own long passphrase" });

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var errors = (await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("currentPassword", out _));
        Assert.True(errors.TryGetProperty("newPassword", out _));
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.Http.GetAsync("/api/v1/me")).StatusCode);
        using var again = app.Session();
        Assert.Equal(HttpStatusCode.Unauthorized, (await again.SignInAsync(email, oneTime)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.SignInAsync(email, "my own long passphrase")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = "x", newPassword = "y" })).StatusCode);
    }

    [Fact]
    public async Task UsersOfAnotherOrganisationAreInvisible()
    {
        var email = UserFixtures.NewEmail("a-user");
        var id = await app.UserAsync(email);
        var other = await TenantFixtures.CreateOrganizationAsync(app.App, "Organisation B");
        using var b = app.App.ApiClient(other.AdminKey);

        Assert.DoesNotContain(email, await b.GetStringAsync("/api/v1/users"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/api/v1/users/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.PatchAsJsonAsync($"/api/v1/users/{id}", new { disabled = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.DeleteAsync($"/api/v1/users/{id}")).StatusCode);
        using var browser = await app.Session().SignedInAsync(email, UserFixtures.Password);
    }
}
