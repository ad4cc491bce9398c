using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Switchboard.Data;
using Switchboard.Tenancy;

namespace Switchboard.Events.Webhooks;

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> builder)
    {
        builder.ToTable("webhook_endpoints");
        builder.Ignore(e => e.EventTypeList);
        builder.HasOne<Organization>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("webhook_deliveries");
        builder.HasOne<Organization>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<WebhookEndpoint>().WithMany().HasForeignKey(e => e.EndpointId).OnDelete(DeleteBehavior.Cascade);
        // One delivery per event and endpoint; a replay resets it rather than adding another.
        builder.HasIndex(e => new { e.EndpointId, e.EventId }).IsUnique();
        // The dispatcher looks for due pending rows.
        builder.HasIndex(e => new { e.Status, e.NextAttemptAt });
    }
}

internal sealed class EventCursorConfiguration : IEntityTypeConfiguration<EventCursor>
{
    public void Configure(EntityTypeBuilder<EventCursor> builder)
    {
        builder.ToTable("event_cursors");
        builder.HasKey(e => e.Name);
    }
}

/// <summary>The sets of this feature, without lines in the shared DbContext.</summary>
public static class WebhookSets
{
    public static DbSet<WebhookEndpoint> WebhookEndpoints(this SwitchboardDbContext db) => db.Set<WebhookEndpoint>();

    public static DbSet<WebhookDelivery> WebhookDeliveries(this SwitchboardDbContext db) => db.Set<WebhookDelivery>();

    public static DbSet<EventCursor> EventCursors(this SwitchboardDbContext db) => db.Set<EventCursor>();
}
