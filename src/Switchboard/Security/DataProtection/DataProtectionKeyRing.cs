using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Options;

namespace Switchboard.Security.DataProtection;

/// <summary>
/// One Data Protection key ring for the whole app (webhook endpoint secrets, Twilio credentials),
/// readable after a restart and by every instance: in the database by default, or in the folder
/// named by <c>DataProtection:KeysFolder</c> (a shared volume, or a folder backed up with the data).
/// </summary>
public static class DataProtectionKeyRing
{
    public const string KeysFolderSetting = "DataProtection:KeysFolder";

    public static WebApplicationBuilder AddDataProtectionKeyRing(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("Switchboard");
        if (builder.Configuration[KeysFolderSetting] is { Length: > 0 } folder)
        {
            dataProtection.PersistKeysToFileSystem(Directory.CreateDirectory(Path.GetFullPath(folder, builder.Environment.ContentRootPath)));
            return builder;
        }

        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(services =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new DatabaseXmlRepository(services.GetRequiredService<IServiceScopeFactory>())));
        return builder;
    }
}

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder) => builder.ToTable("data_protection_keys");
}
