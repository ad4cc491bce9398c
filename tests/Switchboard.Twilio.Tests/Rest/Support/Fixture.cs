using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging.Abstractions;
using Switchboard.Twilio.Rest;

namespace Switchboard.Twilio.Tests.Rest.Support;

/// <summary>Credentials, a client wired to a <see cref="RecordingHandler"/>, and the spec's example bodies.</summary>
internal static class Fixture
{
    public const string AccountSid = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    public const string AuthToken = "0123456789abcdef0123456789abcdef";
    public const string ApiKeySid = "SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
    public const string ApiKeySecret = "k3y-s3cr3t-do-not-print";
    public const string AccountPath = "/2010-04-01/Accounts/" + AccountSid;

    public static TwilioCredentials Credentials { get; } = TwilioCredentials.FromAuthToken(AccountSid, AuthToken);

    public static (TwilioRestClient Client, RecordingHandler Handler, InstantTimeProvider Time) Client(
        TwilioCredentials? credentials = null, TwilioClientOptions? options = null, double jitter = 1.0)
    {
        var handler = new RecordingHandler();
        var time = new InstantTimeProvider();
        options ??= new TwilioClientOptions();
        var transport = new TwilioTransport(
            new HttpClient(handler), credentials ?? Credentials, options, options.BaseUrl, time, NullLogger.Instance)
        {
            Random = () => jitter,
        };
        return (new TwilioRestClient(transport), handler, time);
    }

    /// <summary>An example body taken from twilio_api_v2010.json.</summary>
    public static string SpecExample(string fileName) => File.ReadAllText(TestDataPath(fileName));

    // Prefer the copy in the test output; fall back to the source tree, since the project file
    // (owned elsewhere) only copies the top-level TestData folder.
    private static string TestDataPath(string fileName, [CallerFilePath] string thisFile = "")
    {
        var copied = Path.Combine(AppContext.BaseDirectory, "Rest", "TestData", fileName);
        return File.Exists(copied) ? copied : Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "TestData", fileName);
    }
}
