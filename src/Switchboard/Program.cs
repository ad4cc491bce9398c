using Switchboard.ApiDocs;
using Switchboard.Health;
using Switchboard.Logging;
using Switchboard.TwilioAccount;
using Switchboard.Webhooks;

var builder = WebApplication.CreateBuilder(args);

builder.AddSwitchboardLogging();
builder.AddTwilioAccount();
builder.AddHealth();
builder.AddApiDocs();

var app = builder.Build();

app.MapHealth();
app.MapApiDocs();
app.MapWebhookHealth();

app.Run();

/// <summary>The app's entry point; public so that tests can host it.</summary>
public partial class Program;
