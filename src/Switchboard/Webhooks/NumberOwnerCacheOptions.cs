using Microsoft.Extensions.Options;

namespace Switchboard.Webhooks;

/// <summary>How long a number's owner is remembered between webhooks (configuration section <c>Webhooks</c>).</summary>
public sealed class NumberOwnerCacheOptions
{
    public const string Section = "Webhooks";

    /// <summary>
    /// How long a number → organisation answer is reused. This instance forgets a number at once
    /// when it connects it; other instances sharing the database see the change after this long.
    /// Zero looks the owner up on every webhook.
    /// </summary>
    public TimeSpan NumberOwnerCacheTtl { get; set; } = TimeSpan.FromSeconds(30);
}

internal sealed class NumberOwnerCacheOptionsValidator : IValidateOptions<NumberOwnerCacheOptions>
{
    public ValidateOptionsResult Validate(string? name, NumberOwnerCacheOptions options) =>
        options.NumberOwnerCacheTtl < TimeSpan.Zero || options.NumberOwnerCacheTtl > TimeSpan.FromHours(1)
            ? ValidateOptionsResult.Fail(
                $"{NumberOwnerCacheOptions.Section}:{nameof(options.NumberOwnerCacheTtl)} must be between 00:00:00 and 01:00:00, " +
                $"e.g. 00:00:30 (was {options.NumberOwnerCacheTtl}).")
            : ValidateOptionsResult.Success;
}
