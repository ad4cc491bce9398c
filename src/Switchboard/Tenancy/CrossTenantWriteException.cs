namespace Switchboard.Tenancy;

/// <summary>SaveChanges refused to write a row that belongs to another organisation.</summary>
public sealed class CrossTenantWriteException : InvalidOperationException
{
    public CrossTenantWriteException()
    {
    }

    public CrossTenantWriteException(string message) : base(message)
    {
    }

    public CrossTenantWriteException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
