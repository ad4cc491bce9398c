using System.Text;
using Switchboard.TwilioAccount;
using Switchboard.Webhooks;

namespace Switchboard.Sandbox;

/// <summary>
/// What a person starting Switchboard needs to see once: the mode, where the data lives, the
/// webhook URLs to give Twilio, and (sandbox only) a developer API key and a demo admin's password.
/// Written to the console, never to the logs, because it may hold secrets.
/// </summary>
public sealed record StartupBanner(
    TwilioMode Mode, bool TestMode, string AppUrl, string DataStore, string PublicBaseUrl, string? EmulatorUrl,
    string? PhoneNumber, string? DeveloperApiKey)
{
    /// <summary>Sandbox only: the demo admin who can sign in to the web UI.</summary>
    public string? SandboxAdminEmail { get; init; }

    /// <summary>Sandbox only: the demo admin's password, new at each start.</summary>
    public string? SandboxAdminPassword { get; init; }

    public string Render()
    {
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine("  Switchboard");
        text.AppendLine($"  mode          {(Mode == TwilioMode.Sandbox ? "sandbox (local Twilio emulator, no account needed)" : "live (Twilio)")}{(TestMode ? ", test mode: verified numbers only" : string.Empty)}");
        text.AppendLine($"  app           {AppUrl}");
        text.AppendLine($"  api docs      {AppUrl.TrimEnd('/')}/docs");
        text.AppendLine($"  data          {DataStore}");
        if (EmulatorUrl is not null)
        {
            text.AppendLine($"  emulator      {EmulatorUrl} (control API under /_emulator)");
        }

        if (PhoneNumber is not null)
        {
            text.AppendLine($"  number        {PhoneNumber}");
        }

        text.AppendLine("  webhooks      set these on your Twilio number (HTTP POST):");
        text.AppendLine($"    messaging   {PublicBaseUrl.TrimEnd('/')}{WebhookPaths.Sms}");
        text.AppendLine($"    msg status  {PublicBaseUrl.TrimEnd('/')}{WebhookPaths.SmsStatus}");
        text.AppendLine($"    voice       {PublicBaseUrl.TrimEnd('/')}{WebhookPaths.Voice}");
        text.AppendLine($"    call status {PublicBaseUrl.TrimEnd('/')}{WebhookPaths.VoiceStatus}");
        if (DeveloperApiKey is not null)
        {
            text.AppendLine($"  api key       {DeveloperApiKey}  (sandbox developer key, new at each start)");
            text.AppendLine($"  try           curl -H 'Authorization: Bearer {DeveloperApiKey}' {AppUrl.TrimEnd('/')}/api/v1/organization");
        }

        if (SandboxAdminEmail is not null && SandboxAdminPassword is not null)
        {
            text.AppendLine($"  sign in       {AppUrl.TrimEnd('/')}/account/sign-in");
            text.AppendLine($"    as          {SandboxAdminEmail} / {SandboxAdminPassword}  (sandbox admin, new password at each start)");
        }

        return text.ToString();
    }
}
