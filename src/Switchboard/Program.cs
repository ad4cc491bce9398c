using Switchboard.Api;
using Switchboard.ApiDocs;
using Switchboard.Contacts;
using Switchboard.Conversations;
using Switchboard.Data;
using Switchboard.Delivery;
using Switchboard.Events;
using Switchboard.Health;
using Switchboard.Inbound;
using Switchboard.Logging;
using Switchboard.Messaging;
using Switchboard.Numbers;
using Switchboard.Sandbox;
using Switchboard.Security;
using Switchboard.Templates;
using Switchboard.Tenancy;
using Switchboard.TwilioAccount;
using Switchboard.Webhooks;
using Switchboard.Audit;
using Switchboard.Users;

// The settings files are watched for changes by polling them, not by an inotify watch on the
// whole content root: the SQLite database lives under it by default (data/switchboard.db), and
// every write to its WAL would wake that watcher (1 to 2 % of the app's CPU under load).
if (Environment.GetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER") is null)
{
    Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
}

var builder = WebApplication.CreateBuilder(args);

builder.AddSwitchboardLogging();
builder.AddData();
builder.AddTwilioAccount();
builder.AddSandbox();
builder.AddWebhooks();
builder.AddTenancy();
builder.AddUsers();
builder.AddSecurity();
builder.AddAudit();
builder.AddNumbers();
builder.AddInbound();
builder.AddTemplates();
builder.AddDelivery();
builder.AddEvents();
builder.AddHealth();
builder.AddApi();
builder.AddApiDocs();

var app = builder.Build();

app.UseSecurity();
app.UseUsers();

app.MapHealth();
app.MapApiDocs();
app.MapAccount();
app.MapWebhookHealth();
app.MapInboundWebhooks();
app.MapDeliveryWebhooks();

var api = app.MapApi();
api.MapTenancy();
api.MapUsers();
api.MapSecurity();
api.MapAudit();
api.MapNumbers();
api.MapTwilioAccount();
api.MapContacts();
api.MapConversations();
api.MapMessageList();
api.MapInboundJobs();
api.MapTemplates();
api.MapDelivery();
api.MapEvents();

app.Run();

/// <summary>The app's entry point; public so that tests can host it.</summary>
public partial class Program;
