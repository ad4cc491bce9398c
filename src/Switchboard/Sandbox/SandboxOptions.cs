namespace Switchboard.Sandbox;

/// <summary>Sandbox mode: no Twilio account, the emulator hosted in-process instead.</summary>
public sealed class SandboxOptions
{
    public const string Section = "Sandbox";

    /// <summary>Where the in-process emulator listens; port 0 picks a free port (tests).</summary>
    public string EmulatorUrl { get; set; } = "http://127.0.0.1:5081";

    /// <summary>The sandbox business number, provisioned in the emulator and owned by the demo organisation.</summary>
    public string PhoneNumber { get; set; } = "+14155550100";

    public string OrganizationName { get; set; } = "Demo organisation";

    /// <summary>Pace sends per sender like Twilio does (1 segment per second for a long code).</summary>
    public bool Pacing { get; set; } = true;
}
