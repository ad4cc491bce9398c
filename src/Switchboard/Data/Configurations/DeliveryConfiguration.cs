using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Switchboard.Delivery;
using Switchboard.Messaging;
using Switchboard.Tenancy;

namespace Switchboard.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasOne<Organization>().WithMany().HasForeignKey(o => o.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Message>().WithOne().HasForeignKey<OutboxMessage>(o => o.MessageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => o.MessageId).IsUnique();
        // The dispatcher's claim: due rows, oldest first.
        builder.HasIndex(o => o.DueAt);
    }
}

internal sealed class DeliveryAttemptConfiguration : IEntityTypeConfiguration<DeliveryAttempt>
{
    public void Configure(EntityTypeBuilder<DeliveryAttempt> builder)
    {
        builder.HasOne<Organization>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Message>().WithMany().HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.MessageId, a.Number }).IsUnique();
    }
}

internal sealed class MessageStatusChangeConfiguration : IEntityTypeConfiguration<MessageStatusChange>
{
    public void Configure(EntityTypeBuilder<MessageStatusChange> builder)
    {
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Message>().WithMany().HasForeignKey(c => c.MessageId).OnDelete(DeleteBehavior.Cascade);
        // Once per status: a repeated callback cannot add a second row, even when two race.
        builder.HasIndex(c => new { c.MessageId, c.Status }).IsUnique();
    }
}

internal sealed class DeadLetterConfiguration : IEntityTypeConfiguration<DeadLetter>
{
    public void Configure(EntityTypeBuilder<DeadLetter> builder)
    {
        builder.HasOne<Organization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Message>().WithMany().HasForeignKey(d => d.MessageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.MessageId);
        builder.HasIndex(d => new { d.OrganizationId, d.CreatedAt });
    }
}

internal sealed class VerifiedNumberConfiguration : IEntityTypeConfiguration<VerifiedNumber>
{
    public void Configure(EntityTypeBuilder<VerifiedNumber> builder)
    {
        builder.HasOne<Organization>().WithMany().HasForeignKey(v => v.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.OrganizationId, v.Phone }).IsUnique();
    }
}
