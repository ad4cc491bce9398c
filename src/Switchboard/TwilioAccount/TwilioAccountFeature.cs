using Microsoft.Extensions.Options;

namespace Switchboard.TwilioAccount;

public static class TwilioAccountFeature
{
    public static WebApplicationBuilder AddTwilioAccount(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IConfigureOptions<TwilioAccountOptions>, TwilioAccountOptionsSetup>();
        builder.Services.AddSingleton<IValidateOptions<TwilioAccountOptions>, TwilioAccountOptionsValidator>();
        builder.Services.AddOptions<TwilioAccountOptions>().ValidateOnStart();
        return builder;
    }
}
