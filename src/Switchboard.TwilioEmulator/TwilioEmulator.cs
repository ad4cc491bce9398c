using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Switchboard.TwilioEmulator.Accounts;
using Switchboard.TwilioEmulator.AvailableNumbers;
using Switchboard.TwilioEmulator.Control;
using Switchboard.TwilioEmulator.Keys;
using Switchboard.TwilioEmulator.Messaging;
using Switchboard.TwilioEmulator.Numbers;
using Switchboard.TwilioEmulator.Voice;

namespace Switchboard.TwilioEmulator;

/// <summary>
/// A running emulator: its own Kestrel application (separate from any host app) serving Twilio's
/// REST paths and the <c>/_emulator</c> control API.
/// </summary>
public sealed class TwilioEmulator : IAsyncDisposable
{
    private readonly WebApplication app;
    // Resolved up front: a host may stop the emulator after its container is already disposed.
    private readonly WebhookSender webhooks;
    private int disposed;

    private TwilioEmulator(WebApplication app, Uri baseAddress, EmulatorState state)
    {
        this.app = app;
        webhooks = app.Services.GetRequiredService<WebhookSender>();
        BaseAddress = baseAddress;
        AccountSid = state.AccountSid;
        AuthToken = state.AuthToken;
    }

    /// <summary>The address actually bound (port 0 resolved), e.g. <c>http://127.0.0.1:5081/</c>.</summary>
    public Uri BaseAddress { get; }

    public string AccountSid { get; }

    public string AuthToken { get; }

    public static async Task<TwilioEmulator> StartAsync(EmulatorOptions options, ILoggerFactory? loggerFactory = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var app = Build(options, loggerFactory ?? NullLoggerFactory.Instance, []);
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new TwilioEmulator(app, new Uri(address.EndsWith('/') ? address : address + "/"), app.Services.GetRequiredService<EmulatorState>());
    }

    /// <summary>Builds the emulator's application; <paramref name="args"/> are the program's command line.</summary>
    internal static WebApplication Build(EmulatorOptions options, ILoggerFactory? loggerFactory, string[] args)
    {
        var accountSid = options.AccountSid ?? Sid.New("AC");
        var authToken = options.AuthToken ?? Sid.NewToken();
        if (!Sid.IsValid(accountSid, "AC"))
        {
            throw new ArgumentException($"EmulatorOptions.AccountSid must be AC followed by 32 hex digits, not '{accountSid}'.", nameof(options));
        }

        var builder = WebApplication.CreateSlimBuilder(args);
        builder.WebHost.UseUrls(options.Url);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        if (loggerFactory is not null)
        {
            builder.Services.Replace(ServiceDescriptor.Singleton(loggerFactory));
        }

        var now = options.TimeProvider.GetUtcNow();
        var state = new EmulatorState(accountSid, authToken, now);
        foreach (var number in options.ProvisionedNumbers)
        {
            if (!PhoneNumbers.IsE164(number) && !PhoneNumbers.IsShortCode(number))
            {
                throw new ArgumentException($"EmulatorOptions.ProvisionedNumbers: '{number}' is neither E.164 nor a short code.", nameof(options));
            }

            state.AddNumber(number, now);
        }

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(options.TimeProvider);
        builder.Services.AddSingleton(state);
        builder.Services.AddSingleton<Scheduler>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<Scheduler>());
        builder.Services.AddSingleton<WebhookSender>();
        builder.Services.AddSingleton<MessageLifecycle>();
        builder.Services.AddSingleton<BasicAuthFilter>();
        builder.Services.AddSingleton<FaultInjectionFilter>();
        builder.Services.AddVoice();
        builder.Services.AddProblemDetails();

        var app = builder.Build();
        app.UseTwilioRestConventions();

        var api = app.MapGroup("/2010-04-01").AddEndpointFilter<BasicAuthFilter>().AddEndpointFilter<FaultInjectionFilter>();
        api.MapAccount();
        var account = api.MapGroup("/Accounts/{AccountSid}");
        account.MapAvailablePhoneNumbers();
        account.MapVoice();
        account.MapMessages();
        account.MapIncomingPhoneNumbers();
        account.MapKeys();
        api.MapFallback("{**path}", UnknownRoute.Handle);

        app.MapControlApi();
        app.MapVoicePublic();
        app.MapGet("/", () => "Switchboard Twilio emulator. REST under /2010-04-01, control API under /_emulator.");
        return app;
    }

    /// <summary>Stops after the callbacks already under way have been sent (at most Twilio's 15 s budget).</summary>
    public async Task StopAsync()
    {
        if (Volatile.Read(ref disposed) == 1)
        {
            return;
        }

        try
        {
            await webhooks.DrainAsync().WaitAsync(WebhookSender.Timeout);
        }
        catch (TimeoutException)
        {
            // A receiver that never answers must not hold the host's shutdown hostage.
        }

        await app.StopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        try
        {
            await app.StopAsync();
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    internal IServiceProvider Services => app.Services;
}
