using Microsoft.Extensions.Options;

namespace Switchboard.Inbound.Writes;

/// <summary>Group commit for the inbound webhook (configuration section <c>Inbound:Writes</c>).</summary>
public sealed class InboundWriteOptions
{
    public const string Section = "Inbound:Writes";

    /// <summary>The most webhooks stored in one transaction.</summary>
    public int BatchSize { get; set; } = 256;

    /// <summary>How long the writer waits for a batch to fill before committing what it has; zero commits at once.</summary>
    public TimeSpan Linger { get; set; } = TimeSpan.FromMilliseconds(2);

    /// <summary>Webhooks waiting for a batch; past this, requests wait to be queued (back-pressure).</summary>
    public int QueueCapacity { get; set; } = 8192;
}

public sealed class InboundWriteOptionsValidator : IValidateOptions<InboundWriteOptions>
{
    public ValidateOptionsResult Validate(string? name, InboundWriteOptions options)
    {
        var failures = new List<string>();
        if (options.BatchSize is < 1 or > 4096)
        {
            failures.Add($"{InboundWriteOptions.Section}:{nameof(options.BatchSize)} must be between 1 and 4096 (was {options.BatchSize}).");
        }

        if (options.Linger < TimeSpan.Zero || options.Linger > TimeSpan.FromSeconds(1))
        {
            failures.Add($"{InboundWriteOptions.Section}:{nameof(options.Linger)} must be between 00:00:00 and 00:00:01, e.g. 00:00:00.002 (was {options.Linger}).");
        }

        if (options.QueueCapacity < options.BatchSize)
        {
            failures.Add($"{InboundWriteOptions.Section}:{nameof(options.QueueCapacity)} must be at least {InboundWriteOptions.Section}:{nameof(options.BatchSize)} (was {options.QueueCapacity}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
