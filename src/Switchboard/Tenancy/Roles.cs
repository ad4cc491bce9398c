namespace Switchboard.Tenancy;

public static class Roles
{
    public const string Admin = "admin";
    public const string Agent = "agent";
}
