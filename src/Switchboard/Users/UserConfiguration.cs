using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Switchboard.Tenancy;

namespace Switchboard.Users;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users");
        builder.HasOne<Organization>().WithMany().HasForeignKey(u => u.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        // Sign-in looks a user up by email across organisations, so an email names one user.
        builder.HasIndex(u => u.NormalizedEmail).IsUnique();
        builder.Ignore(u => u.IsActive);
    }
}
