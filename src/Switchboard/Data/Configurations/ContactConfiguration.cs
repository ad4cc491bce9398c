using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Switchboard.Contacts;
using Switchboard.Tenancy;

namespace Switchboard.Data.Configurations;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.OrganizationId, c.Phone }).IsUnique();
        // Migration 0012: the tenant filter's OR keeps SQLite off the index above.
        builder.HasIndex(c => c.Phone);
        // Migration 0002 added the column to existing rows with this default.
        builder.Property(c => c.OptedOut).HasDefaultValue(false);
        // Migration 0005 added the column to existing rows with this default.
        builder.Property(c => c.SmsEnabled).HasDefaultValue(false);
    }
}
