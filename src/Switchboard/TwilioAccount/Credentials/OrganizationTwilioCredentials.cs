using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Switchboard.Tenancy;

namespace Switchboard.TwilioAccount.Credentials;

/// <summary>
/// An organisation's own Twilio account: the account SID and either its auth token, or an API key
/// (SID and secret) with, optionally, the auth token too, because Twilio signs webhooks with the
/// account's auth token even when the REST calls use a key. Secret parts are stored only encrypted
/// (<see cref="TwilioSecretProtector"/>).
/// </summary>
public sealed class OrganizationTwilioCredentials : ITenantOwned
{
    public Guid OrganizationId { get; set; }

    public required string AccountSid { get; set; }

    /// <summary><c>SK…</c> when REST calls authenticate with an API key.</summary>
    public string? ApiKeySid { get; set; }

    public string? ProtectedApiKeySecret { get; set; }

    /// <summary>The account's auth token, encrypted; null for an API key without it.</summary>
    public string? ProtectedAuthToken { get; set; }

    public string? Label { get; set; }

    public DateTime? VerifiedAt { get; set; }

    /// <summary>"ok", or Twilio's error code and message from the last check.</summary>
    public string? LastVerification { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>The audit actor (key prefix or user name) who last set them.</summary>
    public required string UpdatedBy { get; set; }
}

internal sealed class OrganizationTwilioCredentialsConfiguration : IEntityTypeConfiguration<OrganizationTwilioCredentials>
{
    public void Configure(EntityTypeBuilder<OrganizationTwilioCredentials> builder)
    {
        builder.ToTable("twilio_credentials");
        builder.HasKey(c => c.OrganizationId);
        builder.HasOne<Organization>().WithOne().HasForeignKey<OrganizationTwilioCredentials>(c => c.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
