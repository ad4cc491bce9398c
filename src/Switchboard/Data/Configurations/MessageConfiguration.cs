using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Switchboard.Contacts;
using Switchboard.Conversations;
using Switchboard.Messaging;
using Switchboard.Tenancy;

namespace Switchboard.Data.Configurations;

internal sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> builder)
    {
        builder.HasOne<Organization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        // Deleting a contact keeps the organisation's message history.
        builder.HasOne<Contact>().WithMany().HasForeignKey(m => m.ContactId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Conversation>().WithMany().HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(m => new { m.ConversationId, m.CreatedAt });
        // Status callbacks and retried webhooks find their message by sid; one row per sid.
        builder.HasIndex(m => m.TwilioSid).IsUnique();
        builder.HasIndex(m => new { m.OrganizationId, m.CreatedAt }).IsDescending(false, true);
        builder.HasIndex(m => new { m.OrganizationId, m.ContactId });
        builder.Property(m => m.Price).HasPrecision(12, 5);
    }
}
