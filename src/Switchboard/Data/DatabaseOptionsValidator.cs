using Microsoft.Extensions.Options;

namespace Switchboard.Data;

internal sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        var provider = options.Provider?.Trim().ToLowerInvariant();
        if (provider is not ("sqlite" or "postgres" or "postgresql"))
        {
            return ValidateOptionsResult.Fail(
                $"Database:Provider is '{options.Provider}'; it must be 'sqlite' (the default) or 'postgres'.");
        }

        if (provider is not "sqlite" && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail(
                $"Database:Provider is '{options.Provider}' but ConnectionStrings:{DatabaseOptions.ConnectionStringName} is empty; " +
                "set it (e.g. env ConnectionStrings__Switchboard=\"Host=...;Database=switchboard;Username=...;Password=...\").");
        }

        return ValidateOptionsResult.Success;
    }
}
