using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Switchboard.Data;

namespace Switchboard.Security.DataProtection;

/// <summary>Data Protection's key ring in the <c>data_protection_keys</c> table, shared by all instances.</summary>
/// <remarks>
/// The keys are stored unencrypted, like the file-system default on Linux: whoever can read the
/// database can decrypt the secrets in it (webhook endpoint secrets, Twilio credentials). Protecting the key ring itself (a certificate
/// or a cloud KMS) is a deployment choice left for later.
/// </remarks>
public sealed class DatabaseXmlRepository(IServiceScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>();
        return db.Set<DataProtectionKey>().Select(k => k.Xml).ToList().Select(xml => XElement.Parse(xml)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>();
        db.Set<DataProtectionKey>().Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
