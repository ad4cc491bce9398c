using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Switchboard.Inbound;
using Switchboard.Tenancy;

namespace Switchboard.Data.Configurations;

internal sealed class WebhookEventConfiguration : IEntityTypeConfiguration<WebhookEvent>
{
    public void Configure(EntityTypeBuilder<WebhookEvent> builder)
    {
        builder.HasOne<Organization>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.SetNull);
        // Twilio retries webhooks; the unique key turns a retry into a no-op insert.
        builder.HasIndex(e => e.DedupeKey).IsUnique();
    }
}
