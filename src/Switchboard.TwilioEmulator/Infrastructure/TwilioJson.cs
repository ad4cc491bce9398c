using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Switchboard.TwilioEmulator.Infrastructure;

/// <summary>
/// Twilio's REST JSON: snake_case names, every field present (null when unknown), <c>+</c> and
/// non-ASCII written as is, <c>application/json; charset=utf-8</c>. Resource records use
/// PascalCase properties; the naming policy turns <c>NumSegments</c> into <c>num_segments</c>.
/// </summary>
public static class TwilioJson
{
    public const string ContentType = "application/json; charset=utf-8";

    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    public static IResult Ok<T>(T value) => Result(value, StatusCodes.Status200OK);

    public static IResult Created<T>(T value) => Result(value, StatusCodes.Status201Created);

    public static IResult Result<T>(T value, int statusCode) =>
        Results.Json(value, Options, ContentType, statusCode);
}
