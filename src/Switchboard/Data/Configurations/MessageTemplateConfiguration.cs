using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Switchboard.Tenancy;
using Switchboard.Templates;

namespace Switchboard.Data.Configurations;

internal sealed class MessageTemplateConfiguration : IEntityTypeConfiguration<MessageTemplate>
{
    public void Configure(EntityTypeBuilder<MessageTemplate> builder)
    {
        builder.HasOne<Organization>().WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.OrganizationId, t.Name }).IsUnique();
        // Read and written whole, so JSON text is simpler than two child tables and works on both providers.
        builder.Property(t => t.Bodies).HasConversion(
            v => JsonSerializer.Serialize(v, JsonSerializerOptions.Web),
            v => JsonSerializer.Deserialize<Dictionary<string, string>>(v, JsonSerializerOptions.Web) ?? new(),
            JsonComparer<Dictionary<string, string>>());
        builder.Property(t => t.Variables).HasConversion(
            v => JsonSerializer.Serialize(v, JsonSerializerOptions.Web),
            v => JsonSerializer.Deserialize<List<TemplateVariable>>(v, JsonSerializerOptions.Web) ?? new(),
            JsonComparer<List<TemplateVariable>>());
    }

    private static ValueComparer<T> JsonComparer<T>()
        where T : class => new(
            (a, b) => JsonSerializer.Serialize(a, JsonSerializerOptions.Web) == JsonSerializer.Serialize(b, JsonSerializerOptions.Web),
            v => JsonSerializer.Serialize(v, JsonSerializerOptions.Web).GetHashCode(StringComparison.Ordinal),
            v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, JsonSerializerOptions.Web), JsonSerializerOptions.Web)!);
}

internal sealed class StarterTemplateSeedingConfiguration : IEntityTypeConfiguration<StarterTemplateSeeding>
{
    public void Configure(EntityTypeBuilder<StarterTemplateSeeding> builder)
    {
        builder.HasKey(s => s.OrganizationId);
        builder.HasOne<Organization>().WithOne().HasForeignKey<StarterTemplateSeeding>(s => s.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
