namespace Switchboard.Tests.Infrastructure;

/// <summary>
/// A fact that needs a real PostgreSQL: skipped, with the reason, where the binaries are
/// missing, except under SWITCHBOARD_REQUIRE_ALL_SUITES=true, where it runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.MissingPrerequisite is { } missing && !PostgresServer.Required)
        {
            Skip = $"PostgreSQL is not available: {missing}";
        }
    }
}

/// <summary>The theory form of <see cref="PostgresFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (PostgresServer.MissingPrerequisite is { } missing && !PostgresServer.Required)
        {
            Skip = $"PostgreSQL is not available: {missing}";
        }
    }
}
