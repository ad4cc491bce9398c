using System.Globalization;

namespace Switchboard.Inbound;

/// <summary>The parts of Twilio's inbound message webhook that processing uses (FACTS §2.1).</summary>
public sealed record InboundSms(
    string MessageSid, string From, string To, string Body, int? NumSegments, string? OptOutType,
    IReadOnlyList<InboundMedia> Media)
{
    /// <exception cref="InvalidOperationException">A parameter every inbound message has is missing.</exception>
    public static InboundSms Read(WebhookParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var media = new List<InboundMedia>();
        var count = int.TryParse(parameters["NumMedia"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        for (var i = 0; i < count; i++)
        {
            if (parameters[$"MediaUrl{i}"] is { Length: > 0 } url)
            {
                media.Add(new InboundMedia(i, url, parameters[$"MediaContentType{i}"]));
            }
        }

        return new InboundSms(
            Required(parameters, "MessageSid", "SmsSid"), Required(parameters, "From"), Required(parameters, "To"),
            // Kept byte for byte: no trimming, no normalisation.
            parameters["Body"] ?? "",
            int.TryParse(parameters["NumSegments"], NumberStyles.None, CultureInfo.InvariantCulture, out var segments) ? segments : null,
            parameters["OptOutType"] is { Length: > 0 } optOut ? optOut : null,
            media);
    }

    private static string Required(WebhookParameters parameters, params string[] names) =>
        names.Select(name => parameters[name]).FirstOrDefault(value => !string.IsNullOrEmpty(value))
        ?? throw new InvalidOperationException($"The webhook has no {names[0]} parameter");
}

public sealed record InboundMedia(int Position, string Url, string? ContentType);
