using Microsoft.Extensions.Options;

namespace Switchboard.Events;

/// <summary>The <c>Events</c> section: how long events are kept and how the live stream behaves.</summary>
public sealed class EventsOptions
{
    public const string Section = "Events";

    /// <summary>How long events stay in the table, and so how far back a reconnecting client can resume.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Seconds between <c>: ping</c> comments on an idle stream, so proxies keep it open.</summary>
    public int HeartbeatSeconds { get; set; } = 15;

    /// <summary>The longest the hub waits before reading the table when no signal wakes it.</summary>
    public int PollMilliseconds { get; set; } = 1000;

    /// <summary>
    /// The least time between two reads of the table when commits keep waking the hub: under load,
    /// one read per interval takes every event committed meanwhile. A wake after a quiet spell reads at once.
    /// </summary>
    public int ReadSpacingMilliseconds { get; set; } = 20;

    /// <summary>How long a missing id may hold back later ones before it is taken as rolled back (PostgreSQL).</summary>
    public int GapSettleMilliseconds { get; set; } = 2000;

    /// <summary>Events buffered per subscriber; one that falls this far behind is dropped.</summary>
    public int SubscriberBuffer { get; set; } = 1000;

    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromMinutes(10);
}

internal sealed class EventsOptionsValidator : IValidateOptions<EventsOptions>
{
    public ValidateOptionsResult Validate(string? name, EventsOptions options)
    {
        var failures = new List<string>();
        if (options.Retention <= TimeSpan.Zero)
        {
            failures.Add("Events:Retention must be a positive time span, e.g. 24:00:00.");
        }

        if (options.HeartbeatSeconds is < 1 or > 3600)
        {
            failures.Add("Events:HeartbeatSeconds must be between 1 and 3600.");
        }

        if (options.PollMilliseconds is < 10 or > 60_000)
        {
            failures.Add("Events:PollMilliseconds must be between 10 and 60000.");
        }

        if (options.ReadSpacingMilliseconds is < 0 or > 1000)
        {
            failures.Add("Events:ReadSpacingMilliseconds must be between 0 and 1000.");
        }

        if (options.GapSettleMilliseconds is < 0 or > 600_000)
        {
            failures.Add("Events:GapSettleMilliseconds must be between 0 and 600000.");
        }

        if (options.SubscriberBuffer < 1)
        {
            failures.Add("Events:SubscriberBuffer must be at least 1.");
        }

        if (options.PruneInterval <= TimeSpan.Zero)
        {
            failures.Add("Events:PruneInterval must be a positive time span.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
