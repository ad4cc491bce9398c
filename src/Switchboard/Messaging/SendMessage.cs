using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Delivery;

namespace Switchboard.Messaging;

/// <summary><c>POST /api/v1/messages</c>: queues a message and answers 202 with it; the dispatcher sends it.</summary>
public static class SendMessage
{
    public sealed record Request(
        string? To, string? Body, Guid? TemplateId, Dictionary<string, string>? Variables, string? From, DateTimeOffset? SendAt, string? Language)
    {
        public OutboundRequest ToOutbound() => new(To, Body, TemplateId, Variables, From, SendAt, Language);
    }

    public static async Task<Results<Accepted<MessageResponse>, ProblemHttpResult>> HandleAsync(
        Request request, OutboundMessages outbound, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await outbound.EnqueueAsync(request.ToOutbound(), ct);
        return result.Problem is { } problem
            ? problem.ToResult()
            : TypedResults.Accepted($"/api/v1/messages/{result.Message!.Id}", MessageResponse.Of(result.Message));
    }
}
