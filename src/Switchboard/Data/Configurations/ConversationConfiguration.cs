using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Switchboard.Contacts;
using Switchboard.Conversations;
using Switchboard.Numbers;
using Switchboard.Tenancy;

namespace Switchboard.Data.Configurations;

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> builder)
    {
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Contact>().WithMany().HasForeignKey(c => c.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PhoneNumber>().WithMany().HasForeignKey(c => c.PhoneNumberId).OnDelete(DeleteBehavior.Cascade);
        // One thread per contact and business number.
        builder.HasIndex(c => new { c.OrganizationId, c.ContactId, c.PhoneNumberId }).IsUnique();
        builder.HasIndex(c => new { c.OrganizationId, c.Status, c.LastMessageAt });
    }
}
