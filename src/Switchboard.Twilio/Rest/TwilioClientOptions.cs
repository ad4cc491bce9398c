namespace Switchboard.Twilio.Rest;

/// <summary>Transport settings shared by every <see cref="TwilioRestClient"/> the factory makes.</summary>
public sealed class TwilioClientOptions
{
    /// <summary>Name of the <see cref="IHttpClientFactory"/> client the factory uses.</summary>
    public const string HttpClientName = "Switchboard.Twilio.Rest";

    /// <summary>Origin of the REST API; point it at the emulator in sandbox mode and tests.</summary>
    public Uri BaseUrl { get; set; } = new("https://api.twilio.com");

    /// <summary>Time allowed for one attempt, including reading the response body.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt, for answers that are safe to repeat (429, and 5xx where idempotent).</summary>
    public int MaxRetries { get; set; } = 3;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>What is wrong with these settings, each naming the setting; empty when they can work.</summary>
    public IEnumerable<string> Problems()
    {
        if (BaseUrl is null || !BaseUrl.IsAbsoluteUri)
        {
            yield return $"{nameof(TwilioClientOptions)}.{nameof(BaseUrl)} must be an absolute URL.";
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            yield return $"{nameof(TwilioClientOptions)}.{nameof(RequestTimeout)} must be positive.";
        }

        if (MaxRetries < 0)
        {
            yield return $"{nameof(TwilioClientOptions)}.{nameof(MaxRetries)} must not be negative.";
        }

        if (RetryBaseDelay < TimeSpan.Zero || RetryMaxDelay < TimeSpan.Zero)
        {
            yield return $"{nameof(TwilioClientOptions)}.{nameof(RetryBaseDelay)} and {nameof(RetryMaxDelay)} must not be negative.";
        }
    }

    internal void EnsureValid()
    {
        var problems = Problems().ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems));
        }
    }
}
