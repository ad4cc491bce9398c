using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Setup;
using Switchboard.Tests.Infrastructure;
using Switchboard.Users;

namespace Switchboard.Tests.Users;

public sealed class BootstrapAdminTests
{
    private const string Email = "owner@example.com";
    private const string Password = "bootstrap admin password 42";

    [Fact]
    public async Task TheBootstrapAdminCanSignInFromTheFirstStart()
    {
        var settings = new Dictionary<string, string?>
        {
            ["SWITCHBOARD_BOOTSTRAP_ADMIN_EMAIL"] = Email,
            ["SWITCHBOARD_BOOTSTRAP_ADMIN_PASSWORD"] = Password,
        };
        using var app = new SwitchboardApp(settings).Start();
        await app.WaitUntilReadyAsync();
        using var browser = await new SessionClient(app).SignedInAsync(Email, Password);

        var me = await browser.Http.GetFromJsonAsync<JsonElement>("/api/v1/me");

        Assert.Equal("admin", me.GetProperty("role").GetString());
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/api/v1/users")).StatusCode);
    }

    [Fact]
    public async Task SandboxModePrintsADemoAdminWhoCanSignIn()
    {
        using var app = new SwitchboardApp().Start();
        await app.WaitUntilReadyAsync();
        var banner = app.Services.GetRequiredService<SetupState>().Banner!;

        using var browser = await new SessionClient(app).SignedInAsync(banner.SandboxAdminEmail!, banner.SandboxAdminPassword!);

        Assert.Equal(AdminAccounts.SandboxAdminEmail, banner.SandboxAdminEmail);
        Assert.Contains(banner.SandboxAdminPassword!, banner.Render(), StringComparison.Ordinal);
        Assert.Contains("/account/sign-in", banner.Render(), StringComparison.Ordinal);
        Assert.Equal("admin", (await browser.Http.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("role").GetString());
        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains(banner.SandboxAdminPassword!, StringComparison.Ordinal));
    }
}
