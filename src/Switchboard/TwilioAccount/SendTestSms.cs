using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Delivery;
using Switchboard.Messaging;

namespace Switchboard.TwilioAccount;

/// <summary>
/// <c>POST /api/v1/twilio/test-sms</c>: a test message through the normal outbound path (consent,
/// test mode, pacing, status tracking) with the organisation's account; 202 with the message.
/// </summary>
public static class SendTestSms
{
    public const string DefaultBody = "Switchboard test message: your Twilio setup can send SMS.";

    public sealed record Request(string? To, string? From, string? Body);

    public static async Task<Results<Accepted<MessageResponse>, ProblemHttpResult>> HandleAsync(
        Request request, OutboundMessages outbound, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = string.IsNullOrWhiteSpace(request.Body) ? DefaultBody : request.Body;
        var result = await outbound.EnqueueAsync(new OutboundRequest(request.To, body, From: request.From), ct);
        return result.Problem is { } problem
            ? problem.ToResult()
            : TypedResults.Accepted($"/api/v1/messages/{result.Message!.Id}", MessageResponse.Of(result.Message));
    }
}
