using Switchboard.Api;
using Switchboard.ApiDocs;
using Switchboard.Data;
using Switchboard.Events;
using Switchboard.Health;
using Switchboard.Logging;
using Switchboard.Numbers;
using Switchboard.Sandbox;
using Switchboard.Tenancy;
using Switchboard.TwilioAccount;
using Switchboard.Webhooks;

var builder = WebApplication.CreateBuilder(args);

builder.AddSwitchboardLogging();
builder.AddData();
builder.AddTwilioAccount();
builder.AddSandbox();
builder.AddWebhooks();
builder.AddTenancy();
builder.AddNumbers();
builder.AddEvents();
builder.AddHealth();
builder.AddApi();
builder.AddApiDocs();

var app = builder.Build();

app.MapHealth();
app.MapApiDocs();
app.MapWebhookHealth();

var api = app.MapApi();
api.MapTenancy();
api.MapNumbers();
api.MapEvents();

app.Run();

/// <summary>The app's entry point; public so that tests can host it.</summary>
public partial class Program;
