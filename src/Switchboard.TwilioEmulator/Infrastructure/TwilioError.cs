namespace Switchboard.TwilioEmulator.Infrastructure;

/// <summary>Twilio's REST error body: <c>{"code","message","more_info","status"}</c> with the HTTP status repeated.</summary>
public sealed record TwilioError(int Code, string Message, string MoreInfo, int Status)
{
    public static IResult Result(int code, string message, int status = StatusCodes.Status400BadRequest) =>
        TwilioJson.Result(new TwilioError(code, message, $"https://www.twilio.com/docs/errors/{code}", status), status);

    public static IResult Unauthorized() => Result(20003, "Authenticate", StatusCodes.Status401Unauthorized);

    public static IResult NotFound(HttpRequest request) =>
        Result(20404, $"The requested resource {request.Path} was not found", StatusCodes.Status404NotFound);

    public static IResult MethodNotAllowed(HttpRequest request) =>
        Result(20004, $"Method {request.Method} not allowed on {request.Path}", StatusCodes.Status405MethodNotAllowed);
}

/// <summary>A validation failure inside a handler, turned into a Twilio error body by the caller.</summary>
public sealed class TwilioException(int code, string message, int status = StatusCodes.Status400BadRequest) : Exception(message)
{
    public int Code { get; } = code;

    public int Status { get; } = status;

    public IResult ToResult() => TwilioError.Result(Code, Message, Status);
}
