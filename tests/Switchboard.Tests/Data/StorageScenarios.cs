using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Switchboard.Contacts;
using Switchboard.Data;
using Switchboard.Data.Migrations;
using Switchboard.Messaging;
using Switchboard.Numbers;
using Switchboard.Tenancy;

namespace Switchboard.Tests.Data;

/// <summary>
/// Storage behaviour that must hold on every provider; SqliteStorageTests and
/// PostgresStorageTests run each scenario against their engine.
/// </summary>
internal sealed class StorageScenarios(DatabaseProvider provider, Func<Task<string>> newDatabase)
{
    public async Task MigratedSchemaMatchesModel()
    {
        var migrated = await newDatabase();
        var created = await newDatabase();
        await TestDatabases.MigrateAsync(provider, migrated);
        await using (var db = TestDatabases.CreateContext(provider, created))
        {
            Assert.True(await db.Database.EnsureCreatedAsync());
        }

        var model = (await DescribeAsync(created)).Split('\n');
        var migrations = (await DescribeAsync(migrated)).Split('\n');
        Assert.Contains(model, line => line.StartsWith("messages: index", StringComparison.Ordinal));
        var onlyInModel = model.Except(migrations).ToList();
        var onlyInMigrations = migrations.Except(model).ToList();
        Assert.True(onlyInModel.Count == 0 && onlyInMigrations.Count == 0,
            $"The migrated {provider} schema drifted from the EF model.\n" +
            $"Only in the model:\n  {string.Join("\n  ", onlyInModel)}\nOnly in the migrations:\n  {string.Join("\n  ", onlyInMigrations)}");
    }

    public async Task UpgradeFromVersionOneKeepsRows()
    {
        var connectionString = await newDatabase();
        await TestDatabases.MigrateAsync(provider, connectionString, targetVersion: 1);
        var org = Guid.CreateVersion7();
        var contact = Guid.CreateVersion7();
        var created = new DateTime(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        await using (var db = TestDatabases.CreateContext(provider, connectionString))
        {
            Assert.Equal([1], await new MigrationRunner(db).AppliedVersionsAsync());
            await db.Database.ExecuteSqlRawAsync(VersionOneRows(org, contact, created));
        }

        await TestDatabases.MigrateAsync(provider, connectionString);

        var tenant = new TenantContext();
        tenant.Set(org);
        await using (var db = TestDatabases.CreateContext(provider, connectionString, tenant))
        {
            var organization = await db.Organizations.SingleAsync();
            Assert.Equal(("Old Org", "old-org", "GB", "Reply STOP to opt out"), (organization.Name, organization.Slug, organization.DefaultCountry, organization.HelpText));
            Assert.Equal(created, organization.CreatedAt);
            Assert.Equal(DateTimeKind.Utc, organization.CreatedAt.Kind);

            var key = await db.ApiKeys.SingleAsync();
            Assert.Equal(("sb_abcdefghi", ApiKeyRole.Admin, (DateTime?)null), (key.Prefix, key.Role, key.RevokedAt));

            var number = await db.PhoneNumbers.SingleAsync();
            Assert.Equal(("+15551230000", PhoneNumberKind.TollFree, true, false, 3.5), (number.E164, number.Kind, number.SupportsSms, number.SupportsMms, number.MpsOverride!.Value));

            var person = await db.Contacts.SingleAsync();
            Assert.Equal((contact, "+15557654321", "Ada", "ada@example.com", "en"), (person.Id, person.Phone, person.Name, person.Email, person.Language));
            // The column 0002 added reads as its default on rows that predate it.
            Assert.False(person.OptedOut);
            Assert.Null(person.OptedOutAt);

            // Version 2's tables work with version 1's rows.
            db.Messages.Add(new Message { ContactId = contact, From = "+15557654321", To = "+15551230000", Body = "still here", Direction = MessageDirection.Inbound });
            await db.SaveChangesAsync();
            Assert.Equal(contact, (await db.Messages.SingleAsync()).ContactId);
        }
    }

    public async Task MigratingTwiceIsANoOp()
    {
        var connectionString = await newDatabase();
        await using var db = TestDatabases.CreateContext(provider, connectionString);
        var runner = new MigrationRunner(db);
        var first = await runner.MigrateAsync();
        var schema = await DescribeAsync(connectionString);

        var second = await runner.MigrateAsync();

        Assert.Equal(runner.Scripts.Select(s => s.Version), first.Select(s => s.Version));
        Assert.Empty(second);
        Assert.Equal(runner.Scripts.Select(s => s.Version), await runner.AppliedVersionsAsync());
        Assert.Equal(schema, await DescribeAsync(connectionString));
    }

    public async Task TamperedScriptChecksumIsRefused()
    {
        var connectionString = await newDatabase();
        await using var db = TestDatabases.CreateContext(provider, connectionString);
        await new MigrationRunner(db).MigrateAsync();
        var scripts = MigrationScripts.For(provider);
        var tampered = scripts.Select(s => s.Version == 1 ? s with { Sql = s.Sql + "\n-- edited after release\n" } : s).ToList();

        var refused = await Assert.ThrowsAsync<MigrationChecksumException>(
            () => new MigrationRunner(db) { Scripts = tampered }.MigrateAsync());

        Assert.Equal("0001_initial.sql", refused.FileName);
        Assert.Contains("0001_initial.sql", refused.Message, StringComparison.Ordinal);
    }

    public async Task FailedScriptLeavesNoTrace()
    {
        var connectionString = await newDatabase();
        await using var db = TestDatabases.CreateContext(provider, connectionString);
        var broken = MigrationScript.FromFile("0001_broken.sql", "CREATE TABLE half_done (id integer PRIMARY KEY); SELECT * FROM no_such_table;");

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => new MigrationRunner(db) { Scripts = [broken] }.MigrateAsync());

        Assert.Empty(await new MigrationRunner(db) { Scripts = [broken] }.AppliedVersionsAsync());
        Assert.DoesNotContain("half_done", await DescribeAsync(connectionString), StringComparison.Ordinal);
    }

    public async Task ConcurrentMigratorsApplyEachScriptOnce()
    {
        var connectionString = await newDatabase();
        var contexts = Enumerable.Range(0, 4).Select(_ => TestDatabases.CreateContext(provider, connectionString)).ToList();
        try
        {
            // Released together so the runners race for the lock rather than run one after another.
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var runs = contexts.Select(db => Task.Run(async () =>
            {
                await start.Task;
                return await new MigrationRunner(db).MigrateAsync();
            })).ToList();
            start.SetResult();

            var applied = (await Task.WhenAll(runs)).SelectMany(r => r).Select(s => s.Version).Order().ToList();

            var expected = MigrationScripts.For(provider).Select(s => s.Version).ToList();
            Assert.Equal(expected, applied);
            Assert.Equal(expected, await new MigrationRunner(contexts[0]).AppliedVersionsAsync());
        }
        finally
        {
            foreach (var db in contexts)
            {
                await db.DisposeAsync();
            }
        }
    }

    public async Task DuplicateTwilioSidIsRejected()
    {
        var connectionString = await newDatabase();
        await TestDatabases.MigrateAsync(provider, connectionString);
        await using var db = TestDatabases.CreateContext(provider, connectionString);
        var (a, _) = await TestDatabases.SeedTwoTenantsAsync(db);
        db.Tenant.Set(a);
        Message Outbound() => new() { TwilioSid = "SM0123456789abcdef0123456789abcdef", From = "+15550000009", To = "+15550000001", Direction = MessageDirection.Outbound };
        db.Messages.Add(Outbound());
        await db.SaveChangesAsync();

        db.Messages.Add(Outbound());

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        Assert.Equal(1, await db.Messages.CountAsync(m => m.TwilioSid == "SM0123456789abcdef0123456789abcdef"));
    }

    public async Task TenantSeesOnlyItsOwnRows()
    {
        var connectionString = await newDatabase();
        await TestDatabases.MigrateAsync(provider, connectionString);
        await using var db = TestDatabases.CreateContext(provider, connectionString);
        var (a, b) = await TestDatabases.SeedTwoTenantsAsync(db);

        db.Tenant.Set(a);

        Assert.All(await db.Contacts.ToListAsync(), c => Assert.Equal(a, c.OrganizationId));
        Assert.Single(await db.Messages.ToListAsync());
        Assert.Equal(0, await db.Messages.CountAsync(m => m.OrganizationId == b));
        using (db.Tenant.AsSystem())
        {
            Assert.Equal(2, await db.Messages.CountAsync());
        }
    }

    public async Task ASnapshotDoesNotSeeACommitLandingBetweenItsReads()
    {
        var connectionString = await newDatabase();
        await TestDatabases.MigrateAsync(provider, connectionString);
        await using var reader = TestDatabases.CreateContext(provider, connectionString);
        var (a, _) = await TestDatabases.SeedTwoTenantsAsync(reader);
        await using var writer = TestDatabases.CreateContext(provider, connectionString);
        using var system = writer.Tenant.AsSystem();
        reader.Tenant.Set(a);

        await using (await ReadSnapshot.BeginAsync(reader, CancellationToken.None))
        {
            var before = await reader.Messages.Select(m => m.Body).SingleAsync();
            // A writer commits while the snapshot is open: it must not wait for the reader, and the reader must not see it.
            await writer.Messages.Where(m => m.OrganizationId == a).ExecuteUpdateAsync(s => s.SetProperty(m => m.Body, "changed"));
            Assert.Equal(before, await reader.Messages.Select(m => m.Body).SingleAsync());
        }

        Assert.Equal("changed", await reader.Messages.Select(m => m.Body).SingleAsync());
    }

    public async Task RowInsertsStoreWhatEfCoreWouldAndLeaveTheEventIdToTheDatabase()
    {
        var connectionString = await newDatabase();
        await TestDatabases.MigrateAsync(provider, connectionString);
        await using var db = TestDatabases.CreateContext(provider, connectionString);
        var (a, _) = await TestDatabases.SeedTwoTenantsAsync(db);
        using var system = db.Tenant.AsSystem();
        var messageId = await db.Messages.Where(m => m.OrganizationId == a).Select(m => m.Id).SingleAsync();
        var at = new DateTime(2026, 5, 6, 7, 8, 9, 123, DateTimeKind.Utc);
        var rows = new[]
        {
            new Switchboard.Delivery.MessageStatusChange
            {
                OrganizationId = a, MessageId = messageId, Status = MessageStatus.Undelivered, Applied = true, ErrorCode = 30003,
                RawDlrDoneDate = "2605060708", Source = Switchboard.Delivery.StatusSource.Callback, OccurredAt = at,
            },
            new Switchboard.Delivery.MessageStatusChange { OrganizationId = a, MessageId = messageId, Status = MessageStatus.Sent, OccurredAt = at },
        };
        db.MessageStatusChanges.AddRange(rows);
        db.Events.AddRange(new Switchboard.Events.EventRecord { OrganizationId = a, Type = "one", Data = "{\"n\":1}" },
            new Switchboard.Events.EventRecord { OrganizationId = a, Type = "two", Data = "{\"n\":\"é 🎉\"}" });

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            Assert.Equal(2, await RowInserts.InsertAddedAsync<Switchboard.Delivery.MessageStatusChange>(db, CancellationToken.None));
            Assert.Equal(2, await RowInserts.InsertAddedAsync<Switchboard.Events.EventRecord>(db, CancellationToken.None));
            await transaction.CommitAsync();
        }

        Assert.Empty(db.ChangeTracker.Entries());
        var stored = await db.MessageStatusChanges.AsNoTracking().OrderBy(c => c.Status).ToListAsync();
        Assert.Equal(rows.OrderBy(r => r.Status).Select(r => (r.Id, r.Status, r.Applied, r.ErrorCode, r.RawDlrDoneDate, r.Source, r.OccurredAt)),
            stored.Select(r => (r.Id, r.Status, r.Applied, r.ErrorCode, r.RawDlrDoneDate, r.Source, r.OccurredAt)));
        Assert.All(stored, r => Assert.Equal(DateTimeKind.Utc, r.OccurredAt.Kind));
        var events = await db.Events.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(["one", "two"], events.Select(e => e.Type));
        Assert.Equal("{\"n\":\"é 🎉\"}", events[1].Data);
        Assert.True(events[0].Id > 0 && events[1].Id > events[0].Id);

        // A status the message already has breaks the unique index: reported as SaveChanges would.
        db.MessageStatusChanges.Add(new Switchboard.Delivery.MessageStatusChange { OrganizationId = a, MessageId = messageId, Status = MessageStatus.Sent, OccurredAt = at });
        await using var again = await db.Database.BeginTransactionAsync();
        await Assert.ThrowsAsync<DbUpdateException>(() => RowInserts.InsertAddedAsync<Switchboard.Delivery.MessageStatusChange>(db, CancellationToken.None));
    }

    public async Task TimesReadBackAsUtc()
    {
        var connectionString = await newDatabase();
        await TestDatabases.MigrateAsync(provider, connectionString);
        var sent = new DateTime(2026, 3, 4, 5, 6, 7, 891, DateTimeKind.Utc);
        await using (var db = TestDatabases.CreateContext(provider, connectionString))
        {
            var (a, _) = await TestDatabases.SeedTwoTenantsAsync(db);
            db.Tenant.Set(a);
            var message = await db.Messages.SingleAsync();
            message.SentAt = sent;
            message.Price = -0.0075m;
            await db.SaveChangesAsync();
        }

        await using (var db = TestDatabases.CreateContext(provider, connectionString))
        {
            using var system = db.Tenant.AsSystem();
            var message = await db.Messages.SingleAsync(m => m.SentAt != null);
            Assert.Equal(sent, message.SentAt);
            Assert.Equal(DateTimeKind.Utc, message.SentAt!.Value.Kind);
            Assert.Equal(DateTimeKind.Utc, message.CreatedAt.Kind);
            Assert.Equal(-0.0075m, message.Price);
        }
    }

    private async Task<string> DescribeAsync(string connectionString)
    {
        await using var db = TestDatabases.CreateContext(provider, connectionString);
        await db.Database.OpenConnectionAsync();
        return await SchemaDescription.ReadAsync(db.Database.GetDbConnection(), provider);
    }

    private string VersionOneRows(Guid org, Guid contact, DateTime created)
    {
        var sqlite = provider == DatabaseProvider.Sqlite;
        // As EF Core writes them: upper-case text Guids and "yyyy-MM-dd HH:mm:ss" text on SQLite.
        string Id(Guid id) => sqlite ? $"'{id.ToString().ToUpperInvariant()}'" : $"'{id}'";
        var at = sqlite
            ? $"'{created.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}'"
            : $"'{created.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}+00'";
        var yes = sqlite ? "1" : "TRUE";
        var no = sqlite ? "0" : "FALSE";
        return $"""
            INSERT INTO organizations (id, name, slug, default_country, help_text, created_at)
            VALUES ({Id(org)}, 'Old Org', 'old-org', 'GB', 'Reply STOP to opt out', {at});
            INSERT INTO api_keys (id, organization_id, name, prefix, hash, role, created_at, last_used_at, revoked_at)
            VALUES ({Id(Guid.CreateVersion7())}, {Id(org)}, 'ci', 'sb_abcdefghi', '{new string('a', 64)}', 'admin', {at}, {at}, NULL);
            INSERT INTO phone_numbers (id, organization_id, e164, twilio_sid, friendly_name, kind, supports_sms, supports_mms, supports_voice, mps_override, rotation_enabled, created_at)
            VALUES ({Id(Guid.CreateVersion7())}, {Id(org)}, '+15551230000', 'PN0123', 'Front desk', 'toll_free', {yes}, {no}, {yes}, 3.5, {yes}, {at});
            INSERT INTO contacts (id, organization_id, phone, name, email, language, created_at, updated_at)
            VALUES ({Id(contact)}, {Id(org)}, '+15557654321', 'Ada', 'ada@example.com', 'en', {at}, {at});
            """;
    }
}
