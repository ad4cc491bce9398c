namespace Switchboard.TwilioEmulator;

/// <summary>Runs the emulator as a program of its own.</summary>
public static class EmulatorProgram
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        var app = builder.Build();
        app.MapGet("/", () => "Switchboard Twilio emulator");
        await app.RunAsync();
    }
}
