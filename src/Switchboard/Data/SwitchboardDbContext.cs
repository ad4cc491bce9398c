using Microsoft.EntityFrameworkCore;
using Switchboard.Contacts;
using Switchboard.Contacts.Consent;
using Switchboard.Conversations;
using Switchboard.Delivery;
using Switchboard.Events;
using Switchboard.Inbound;
using Switchboard.Inbound.Jobs;
using Switchboard.Messaging;
using Switchboard.Numbers;
using Switchboard.Templates;
using Switchboard.Tenancy;

namespace Switchboard.Data;

/// <summary>
/// The one DbContext, for SQLite and PostgreSQL alike. Tenant-owned sets are filtered to the
/// current tenant (see SwitchboardDbContext.Tenancy.cs); the schema itself comes from the SQL
/// migrations in Data/Migrations, which a test keeps equal to this model.
/// </summary>
public sealed partial class SwitchboardDbContext(
    DbContextOptions<SwitchboardDbContext> options,
    ITenantContext tenant) : DbContext(options)
{
    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<PhoneNumber> PhoneNumbers => Set<PhoneNumber>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<Message> Messages => Set<Message>();

    public DbSet<WebhookEvent> WebhookEvents => Set<WebhookEvent>();

    public DbSet<EventRecord> Events => Set<EventRecord>();

    public DbSet<ConsentChange> ConsentChanges => Set<ConsentChange>();

    public DbSet<Conversation> Conversations => Set<Conversation>();

    public DbSet<InboundJob> InboundJobs => Set<InboundJob>();

    public DbSet<MessageMedia> MessageMedia => Set<MessageMedia>();

    public DbSet<MessageTemplate> MessageTemplates => Set<MessageTemplate>();

    public DbSet<StarterTemplateSeeding> StarterTemplateSeedings => Set<StarterTemplateSeeding>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<DeliveryAttempt> DeliveryAttempts => Set<DeliveryAttempt>();

    public DbSet<MessageStatusChange> MessageStatusChanges => Set<MessageStatusChange>();

    public DbSet<DeadLetter> DeadLetters => Set<DeadLetter>();

    public DbSet<VerifiedNumber> VerifiedNumbers => Set<VerifiedNumber>();

    public ITenantContext Tenant => tenant;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SwitchboardDbContext).Assembly);
        ApplyTenantFilters(modelBuilder);
        ModelConventions.Apply(modelBuilder);
    }
}
