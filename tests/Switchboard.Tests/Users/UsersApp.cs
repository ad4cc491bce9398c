using System.Net.Http.Json;
using System.Text.Json;
using Switchboard.Tests.Infrastructure;
using Switchboard.Tests.Security;
using Switchboard.Users;

namespace Switchboard.Tests.Users;

/// <summary>One sandbox app shared by a test class; each test makes users of its own.</summary>
public sealed class UsersApp : IAsyncLifetime
{
    public const string AdminKey = "bootstrap-key-for-user-tests-0123456789";

    public SwitchboardApp App { get; } = new(new Dictionary<string, string?> { ["SWITCHBOARD_BOOTSTRAP_API_KEY"] = AdminKey });

    public Guid OrganizationId { get; private set; }

    public async Task InitializeAsync()
    {
        App.Start();
        await App.WaitUntilReadyAsync();
        OrganizationId = await TenantFixtures.DefaultOrganizationIdAsync(App);
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }

    public HttpClient Api() => App.ApiClient(AdminKey);

    public Task<Guid> UserAsync(string email, UserRole role = UserRole.Agent) => UserFixtures.CreateAsync(App, OrganizationId, email, role);

    public SessionClient Session() => new(App);

    /// <summary>The audit entries of the default organisation with this action, newest first.</summary>
    public async Task<List<JsonElement>> AuditAsync(string action)
    {
        using var api = Api();
        var page = await api.GetFromJsonAsync<JsonElement>($"/api/v1/audit?action={action}&pageSize=200");
        return [.. page.GetProperty("items").EnumerateArray()];
    }
}
