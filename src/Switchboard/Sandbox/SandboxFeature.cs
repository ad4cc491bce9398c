using Microsoft.Extensions.Options;
using Switchboard.Setup;
using Switchboard.Twilio.Rest;
using Switchboard.TwilioAccount;

namespace Switchboard.Sandbox;

public static class SandboxFeature
{
    /// <summary>The emulator in sandbox mode, the deployment's Twilio account, and start-up setup.</summary>
    public static WebApplicationBuilder AddSandbox(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SandboxOptions>().BindConfiguration(SandboxOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SandboxOptions>, SandboxOptionsValidator>();
        builder.Services.AddTwilioRestClient();
        builder.Services.AddSingleton<SandboxEmulator>();
        builder.Services.AddHostedService(services => services.GetRequiredService<SandboxEmulator>());
        builder.Services.AddScoped<DeploymentTwilioAccount>();
        builder.Services.AddSingleton<SetupState>();
        builder.Services.AddHealthChecks().AddCheck<SetupState>("setup", tags: ["ready"]);
        builder.Services.AddHostedService<DeploymentSetup>();
        return builder;
    }
}
