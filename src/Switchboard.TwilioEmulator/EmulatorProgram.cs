using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Switchboard.TwilioEmulator;

/// <summary>
/// Runs the emulator as a program of its own. Settings come from the <c>Emulator</c> configuration
/// section (command line <c>--Emulator:Url=…</c>, or environment <c>Emulator__Url</c>); with no
/// numbers configured, one long code (+15005550006) is provisioned so there is something to text.
/// </summary>
public static class EmulatorProgram
{
    public static async Task Main(string[] args)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build();
        var section = configuration.GetSection("Emulator");
        var options = new EmulatorOptions
        {
            Url = section["Url"] ?? configuration["urls"] ?? new EmulatorOptions().Url,
            AccountSid = section["AccountSid"],
            AuthToken = section["AuthToken"],
            Pacing = !string.Equals(section["Pacing"], "false", StringComparison.OrdinalIgnoreCase),
        };
        foreach (var number in section.GetSection("ProvisionedNumbers").GetChildren().Select(c => c.Value)
                     .Concat((section["Numbers"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!string.IsNullOrEmpty(number))
            {
                options.ProvisionedNumbers.Add(number);
            }
        }

        if (options.ProvisionedNumbers.Count == 0)
        {
            options.ProvisionedNumbers.Add("+15005550006");
        }

        var app = TwilioEmulator.Build(options, loggerFactory: null, args);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Switchboard.TwilioEmulator");
        var state = app.Services.GetRequiredService<EmulatorState>();
        await app.StartAsync();
        logger.LogInformation("Twilio emulator on {Urls}: account {AccountSid}, numbers {Numbers}; GET /_emulator/account for the auth token",
            string.Join(", ", app.Urls), state.AccountSid, string.Join(", ", options.ProvisionedNumbers));
        await app.WaitForShutdownAsync();
    }
}
