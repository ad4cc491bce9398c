using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Switchboard.Inbound;
using Switchboard.Inbound.Jobs;
using Switchboard.Tenancy;

namespace Switchboard.Data.Configurations;

internal sealed class InboundJobConfiguration : IEntityTypeConfiguration<InboundJob>
{
    public void Configure(EntityTypeBuilder<InboundJob> builder)
    {
        builder.HasOne<Organization>().WithMany().HasForeignKey(j => j.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<WebhookEvent>().WithMany().HasForeignKey(j => j.WebhookEventId).OnDelete(DeleteBehavior.Cascade);
        // One job per raw event, so a replayed or retried event cannot queue its work twice.
        builder.HasIndex(j => j.WebhookEventId).IsUnique();
        // The claim query: unfinished, unparked jobs that are due.
        builder.HasIndex(j => new { j.DoneAt, j.ParkedAt, j.RunAt });
    }
}
