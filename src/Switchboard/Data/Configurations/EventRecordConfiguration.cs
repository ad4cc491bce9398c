using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Switchboard.Events;
using Switchboard.Tenancy;

namespace Switchboard.Data.Configurations;

internal sealed class EventRecordConfiguration : IEntityTypeConfiguration<EventRecord>
{
    public void Configure(EntityTypeBuilder<EventRecord> builder)
    {
        builder.ToTable("events");
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.HasOne<Organization>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        // Subscribers read "this organisation's events after id N".
        builder.HasIndex(e => new { e.OrganizationId, e.Id });
        builder.HasIndex(e => e.CreatedAt);
    }
}
