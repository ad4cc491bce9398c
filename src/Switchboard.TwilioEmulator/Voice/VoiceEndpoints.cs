namespace Switchboard.TwilioEmulator.Voice;

/// <summary>Voice's registrations and routes: calls, recordings, their media and the voice control API.</summary>
internal static class VoiceEndpoints
{
    public static IServiceCollection AddVoice(this IServiceCollection services) =>
        services
            .AddSingleton<VoiceState>()
            .AddSingleton<TwimlRunner>()
            .AddSingleton(sp => new CallLifecycle(
                sp.GetRequiredService<EmulatorState>(), sp.GetRequiredService<VoiceState>(), sp.GetRequiredService<Scheduler>(),
                sp.GetRequiredService<WebhookSender>(), sp.GetRequiredService<TwimlRunner>(), sp.GetRequiredService<ILogger<CallLifecycle>>()));

    /// <summary>The authenticated REST resources, under <c>/Accounts/{AccountSid}</c>.</summary>
    public static void MapVoice(this RouteGroupBuilder account)
    {
        account.MapCalls();
        account.MapRecordings();
    }

    /// <summary>Recording media (public, as on Twilio by default) and the voice control API.</summary>
    public static void MapVoicePublic(this WebApplication app)
    {
        app.MapRecordingMedia();
        app.MapVoiceControl();
    }
}
