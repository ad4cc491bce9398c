namespace Switchboard.TwilioEmulator;

/// <summary>How an emulator instance starts: where it listens, its account, its numbers and its pacing.</summary>
public sealed class EmulatorOptions
{
    /// <summary>Listen address. Port 0 picks a free port (see <see cref="TwilioEmulator.BaseAddress"/>).</summary>
    public string Url { get; set; } = "http://127.0.0.1:5081";

    /// <summary>The account SID; an <c>AC</c> + 32 hex SID is generated when null.</summary>
    public string? AccountSid { get; set; }

    /// <summary>The account's auth token (signs webhooks, authenticates REST); 32 hex generated when null.</summary>
    public string? AuthToken { get; set; }

    /// <summary>Release outbound messages per sender at Twilio's segments-per-second rates.</summary>
    public bool Pacing { get; set; } = true;

    public double LongCodeMps { get; set; } = 1;

    public double TollFreeMps { get; set; } = 3;

    public double ShortCodeMps { get; set; } = 100;

    /// <summary>The clock behind every delay, pacing slot and timestamp; tests pass a controllable one.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Numbers (E.164, or 5–6 digit short codes) owned by the account at start, with no webhooks configured.</summary>
    public IList<string> ProvisionedNumbers { get; } = new List<string>();
}
