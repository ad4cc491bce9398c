namespace Switchboard.CompatibilityTests;

/// <summary>
/// A theory that needs Node.js and the compatibility tests' Node packages (`npm ci` in
/// tests/compat, which ./test.sh runs). Without them it is skipped with a reason that says so,
/// except under CI (SWITCHBOARD_REQUIRE_ALL_SUITES=true), where it runs and fails loudly.
/// </summary>
public sealed class NodeSdkTheoryAttribute : TheoryAttribute
{
    public NodeSdkTheoryAttribute()
    {
        if (NodeSdk.MissingPrerequisite() is { } missing
            && !string.Equals(Environment.GetEnvironmentVariable("SWITCHBOARD_REQUIRE_ALL_SUITES"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"Compatibility suite skipped: {missing}. Run ./test.sh, or `npm ci` in tests/compat.";
        }
    }
}
