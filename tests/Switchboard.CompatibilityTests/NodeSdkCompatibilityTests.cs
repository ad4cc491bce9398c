using Switchboard.TwilioEmulator;

namespace Switchboard.CompatibilityTests;

/// <summary>
/// The official Twilio Node SDK (npm `twilio`), aimed at our emulator, must work as it does with
/// Twilio; and the emulator's JSON must match Twilio's OpenAPI schemas. Each file in tests/compat
/// runs as one case, against one emulator on a free loopback port.
/// </summary>
public sealed class NodeSdkCompatibilityTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in NodeSdk.TestFiles())
        {
            data.Add(file);
        }

        return data;
    }

    [NodeSdkTheory]
    [MemberData(nameof(Files))]
    public async Task OfficialNodeSdkPassesAgainstTheEmulator(string file)
    {
        var environment = new Dictionary<string, string>
        {
            ["EMULATOR_URL"] = emulator.Instance.BaseAddress.ToString(),
            ["TWILIO_ACCOUNT_SID"] = emulator.Instance.AccountSid,
            ["TWILIO_AUTH_TOKEN"] = emulator.Instance.AuthToken,
            ["EMULATOR_NUMBERS"] = string.Join(',', EmulatorFixture.Numbers),
        };

        var (exitCode, output) = await NodeSdk.RunAsync(file, environment, TimeSpan.FromMinutes(3));

        Assert.True(exitCode == 0, $"node --test {file} exited with {exitCode}:\n{output}");
        Assert.Matches(@"pass [1-9]", output);
        Assert.Contains("fail 0", output, StringComparison.Ordinal);
    }
}

public sealed class EmulatorFixture : IAsyncLifetime
{
    public static readonly string[] Numbers = ["+14155550100", "+14155550101", "+14155550102"];

    public TwilioEmulator.TwilioEmulator Instance { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var options = new EmulatorOptions { Url = "http://127.0.0.1:0" };
        foreach (var number in Numbers)
        {
            options.ProvisionedNumbers.Add(number);
        }

        Instance = await TwilioEmulator.TwilioEmulator.StartAsync(options);
    }

    public async Task DisposeAsync() => await Instance.DisposeAsync();
}
