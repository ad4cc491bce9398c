using Microsoft.Extensions.Options;
using Switchboard.TwilioAccount;
using Switchboard.TwilioEmulator;

namespace Switchboard.Sandbox;

/// <summary>
/// Hosts the Twilio emulator in this process when no Twilio account is configured. The app then
/// reaches it only over HTTP, through the same client and webhooks it uses with Twilio.
/// </summary>
public sealed class SandboxEmulator(
    IOptions<SandboxOptions> options, IOptions<TwilioAccountOptions> account, ILoggerFactory loggerFactory)
    : IHostedService, IAsyncDisposable
{
    private readonly TaskCompletionSource<TwilioEmulator.TwilioEmulator> started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the emulator listens; never completes in live mode.</summary>
    public Task<TwilioEmulator.TwilioEmulator> Started => started.Task;

    public bool Enabled => account.Value.Mode == TwilioMode.Sandbox;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            return;
        }

        var settings = options.Value;
        var emulatorOptions = new EmulatorOptions { Url = settings.EmulatorUrl, Pacing = settings.Pacing };
        emulatorOptions.ProvisionedNumbers.Add(settings.PhoneNumber);
        started.TrySetResult(await TwilioEmulator.TwilioEmulator.StartAsync(emulatorOptions, loggerFactory, cancellationToken));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (started.Task.IsCompletedSuccessfully)
        {
            await started.Task.Result.StopAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (started.Task.IsCompletedSuccessfully)
        {
            await started.Task.Result.DisposeAsync();
        }
    }
}
