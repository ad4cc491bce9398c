using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Switchboard.Data;
using Switchboard.Inbound.Jobs;
using Switchboard.Tenancy;

namespace Switchboard.Inbound.Writes;

/// <summary>
/// The storage side of group commit (ADR 0010, ADR 0012): one transaction per batch, written with
/// plain commands built once from the EF Core model instead of SaveChanges, because change
/// tracking and per-batch SQL generation were most of the writer's time. Duplicates inside the
/// batch are settled in memory; against the table the unique dedupe key settles them with
/// <c>ON CONFLICT DO NOTHING</c>, atomically, also against another instance storing the same
/// MessageSid at once. SQLite runs two prepared statements per webhook (no round trips, no
/// parsing after the first row); PostgreSQL runs one statement per chunk of the batch.
/// </summary>
public sealed class InboundBatchStore(IServiceScopeFactory scopes) : IInboundBatchStore
{
    // PostgreSQL allows 65,535 parameters per statement; an event and its job take 21.
    private const int PostgresChunk = 1000;

    private RowInsert<WebhookEvent>? events;
    private RowInsert<InboundJob>? jobs;

    public async Task<IReadOnlyList<InboundWriteOutcome>> StoreAsync(IReadOnlyList<InboundWrite> batch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var outcomes = new InboundWriteOutcome[batch.Count];
        var fresh = new List<int>(batch.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < batch.Count; i++)
        {
            // The same key twice in one batch: the first is stored (or found), the rest are repeats.
            outcomes[i] = InboundWriteOutcome.Duplicate;
            if (seen.Add(batch[i].Event.DedupeKey))
            {
                fresh.Add(i);
            }
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDbContext>();
        using var system = scope.ServiceProvider.GetRequiredService<ITenantContext>().AsSystem();
        events ??= RowInsert<WebhookEvent>.For(db);
        jobs ??= RowInsert<InboundJob>.For(db);

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            // Begun through EF Core so that on SQLite it queues on the write gate (ADR 0013) with
            // the worker's transactions, instead of sleeping in SQLite's busy handler behind them.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var stored = db.Database.IsNpgsql()
                ? await InsertInChunksAsync(connection, transaction.GetDbTransaction(), batch, fresh, ct)
                : await InsertRowByRowAsync(connection, transaction.GetDbTransaction(), batch, fresh, ct);
            await transaction.CommitAsync(ct);
            foreach (var i in stored)
            {
                outcomes[i] = InboundWriteOutcome.Stored;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return outcomes;
    }

    private async Task<List<int>> InsertRowByRowAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<InboundWrite> batch, List<int> fresh, CancellationToken ct)
    {
        await using var insertEvent = connection.CreateCommand();
        insertEvent.Transaction = transaction;
        var (eventValues, eventParameters) = events!.AddParameters(insertEvent, "e");
        insertEvent.CommandText =
            $"INSERT INTO {events.Table} {events.ColumnList} VALUES {eventValues} ON CONFLICT ({events.ColumnOf(nameof(WebhookEvent.DedupeKey))}) DO NOTHING";
        await using var insertJob = connection.CreateCommand();
        insertJob.Transaction = transaction;
        var (jobValues, jobParameters) = jobs!.AddParameters(insertJob, "j");
        insertJob.CommandText = $"INSERT INTO {jobs.Table} {jobs.ColumnList} VALUES {jobValues}";

        var stored = new List<int>(fresh.Count);
        foreach (var i in fresh)
        {
            events.Bind(eventParameters, batch[i].Event);
            if (await insertEvent.ExecuteNonQueryAsync(ct) == 0)
            {
                continue; // Stored before: this one is a repeat.
            }

            jobs.Bind(jobParameters, batch[i].Job);
            await insertJob.ExecuteNonQueryAsync(ct);
            stored.Add(i);
        }

        return stored;
    }

    // One statement per chunk: the events that are new are inserted, and the jobs of exactly
    // those, which the statement returns.
    private async Task<List<int>> InsertInChunksAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<InboundWrite> batch, List<int> fresh, CancellationToken ct)
    {
        var stored = new List<int>(fresh.Count);
        var byEvent = fresh.ToDictionary(i => batch[i].Event.Id);
        var eventId = events!.ColumnOf(nameof(WebhookEvent.Id));
        var jobEventId = jobs!.ColumnOf(nameof(InboundJob.WebhookEventId));
        foreach (var chunk in fresh.Chunk(PostgresChunk))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var eventRows = new List<string>(chunk.Length);
            var jobRows = new List<string>(chunk.Length);
            for (var n = 0; n < chunk.Length; n++)
            {
                var write = batch[chunk[n]];
                var (eventValues, eventParameters) = events.AddParameters(command, $"e{n}");
                events.Bind(eventParameters, write.Event);
                eventRows.Add(eventValues);
                var (jobValues, jobParameters) = jobs.AddParameters(command, $"j{n}");
                jobs.Bind(jobParameters, write.Job);
                jobRows.Add(jobValues);
            }

            command.CommandText = $"""
                WITH e AS (
                    INSERT INTO {events.Table} {events.ColumnList} VALUES {string.Join(", ", eventRows)}
                    ON CONFLICT ({events.ColumnOf(nameof(WebhookEvent.DedupeKey))}) DO NOTHING RETURNING {eventId})
                INSERT INTO {jobs.Table} {jobs.ColumnList}
                SELECT v.* FROM (VALUES {string.Join(", ", jobRows)}) AS v{jobs.ColumnList}
                WHERE v.{jobEventId} IN (SELECT {eventId} FROM e)
                RETURNING {jobEventId}
                """;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                stored.Add(byEvent[reader.GetGuid(0)]);
            }
        }

        return stored;
    }
}
