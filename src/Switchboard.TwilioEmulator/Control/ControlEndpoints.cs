using Switchboard.TwilioEmulator.Messaging;

namespace Switchboard.TwilioEmulator.Control;

/// <summary>
/// The control API under <c>/_emulator</c>: JSON (camelCase), no credentials, loopback callers only,
/// errors as RFC 9457 problem details. It plays the customers and the carriers.
/// </summary>
internal static class ControlEndpoints
{
    public static void MapControlApi(this WebApplication app)
    {
        var control = app.MapGroup("/_emulator").AddEndpointFilter<LoopbackOnlyFilter>();
        control.MapGet("/account", Account);
        control.MapPost("/sms", SimulateInboundSms.Handle);
        control.MapGet("/handsets/{phoneNumber}/messages", Handset);
        control.MapPost("/outcomes", SetOutcome);
        control.MapPost("/faults", AddFault);
        control.MapPost("/reset", Reset);
    }

    private static IResult Account(EmulatorState state) =>
        TypedResults.Ok(new AccountView(state.AccountSid, state.AuthToken, state.Numbers().Select(n => n.PhoneNumber).ToList()));

    private static IResult Handset(string phoneNumber, EmulatorState state) =>
        TypedResults.Ok(state.Handset(PhoneNumbers.FromPath(phoneNumber)));

    private static IResult SetOutcome(OutcomeRequest request, EmulatorState state)
    {
        var to = request.To?.Trim();
        if (!PhoneNumbers.IsE164(to))
        {
            return Invalid("to", $"'to' must be an E.164 number such as +15555550123, not '{request.To}'.");
        }

        if (request.Status is not (MessageStatus.Delivered or MessageStatus.Undelivered or MessageStatus.Failed or MessageStatus.Sent))
        {
            return Invalid("status", $"'status' must be delivered, undelivered, failed or sent, not '{request.Status}'.");
        }

        if (request.DelayMs is < 0)
        {
            return Invalid("delayMs", "'delayMs' must not be negative.");
        }

        var rule = new OutcomeRule(to!, request.Status, request.ErrorCode, TimeSpan.FromMilliseconds(request.DelayMs ?? 0),
            request.DuplicateCallbacks ?? false, request.OutOfOrderCallbacks ?? false);
        state.SetOutcome(rule);
        return TypedResults.Ok(new
        {
            rule.To, rule.Status, rule.ErrorCode, DelayMs = (long)rule.Delay.TotalMilliseconds, rule.DuplicateCallbacks, rule.OutOfOrderCallbacks,
        });
    }

    private static IResult AddFault(FaultRequest request, EmulatorState state)
    {
        var status = request.Status ?? StatusCodes.Status429TooManyRequests;
        if (status is < 400 or > 599)
        {
            return Invalid("status", $"'status' must be an HTTP error status (4xx or 5xx), not {status}.");
        }

        if (request.Count is < 1)
        {
            return Invalid("count", "'count' must be at least 1.");
        }

        var mode = request.Mode ?? "reject";
        if (mode is not ("reject" or "drop"))
        {
            return Invalid("mode", $"'mode' must be reject (answer the error, process nothing) or drop (process, then cut the connection), not '{mode}'.");
        }

        // Twilio numbers its HTTP-level errors 20000 + status: 20429, 20500, 20503.
        var code = request.Code ?? 20000 + status;
        var fault = new FaultRule(string.IsNullOrEmpty(request.Path) ? null : request.Path, status, code, mode == "drop") { Remaining = request.Count ?? 1 };
        state.AddFault(fault);
        return TypedResults.Ok(new { fault.PathContains, fault.Status, fault.Code, Mode = mode, Count = fault.Remaining });
    }

    private static IResult Reset(EmulatorState state, MessageLifecycle lifecycle, VoiceState voice)
    {
        lifecycle.Reset();
        state.Reset();
        voice.Reset();
        return TypedResults.NoContent();
    }

    internal static IResult Invalid(string field, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: $"Invalid '{field}'",
            extensions: new Dictionary<string, object?> { ["field"] = field });

    private sealed record AccountView(string AccountSid, string AuthToken, IReadOnlyList<string> Numbers);

    internal sealed record FaultRequest(string? Path, int? Status, int? Code, int? Count, string? Mode);

    internal sealed record OutcomeRequest(string? To, string? Status, int? ErrorCode, int? DelayMs, bool? DuplicateCallbacks, bool? OutOfOrderCallbacks);
}
