using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Switchboard.Inbound;
using Switchboard.Inbound.Jobs;
using Switchboard.Inbound.Writes;

namespace Switchboard.Tests.Scale;

public sealed class InboundWriterTests
{
    [Fact]
    public async Task GroupsConcurrentWebhooksIntoBoundedBatches()
    {
        var store = new ScriptedStore();
        await using var writer = await StartedAsync(store, new InboundWriteOptions { BatchSize = 64, Linger = TimeSpan.FromMilliseconds(2) });

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 1000).Select(i => writer.Writer.WriteAsync(Write($"sms:{i}"), CancellationToken.None)));

        Assert.All(outcomes, outcome => Assert.Equal(InboundWriteOutcome.Stored, outcome));
        Assert.Equal(1000, store.Batches.Sum(b => b.Count));
        Assert.All(store.Batches, batch => Assert.InRange(batch.Count, 1, 64));
        Assert.True(store.Batches.Count < 1000 / 2, $"expected batching, got {store.Batches.Count} transactions for 1000 webhooks");
    }

    [Fact]
    public async Task AFailedBatchFailsOnlyItsOwnWebhooks()
    {
        var store = new ScriptedStore { BlockFirst = true };
        await using var writer = await StartedAsync(store, new InboundWriteOptions { BatchSize = 16, Linger = TimeSpan.Zero });

        var first = writer.Writer.WriteAsync(Write("sms:first"), CancellationToken.None);
        await store.FirstEntered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var second = writer.Writer.WriteAsync(Write("sms:second"), CancellationToken.None);
        var third = writer.Writer.WriteAsync(Write("sms:third"), CancellationToken.None);
        store.ReleaseFirst.SetException(new InvalidOperationException("disk full"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => first);
        Assert.Equal(InboundWriteOutcome.Stored, await second);
        Assert.Equal(InboundWriteOutcome.Stored, await third);
    }

    [Theory]
    [InlineData(0, 2, 100, "Inbound:Writes:BatchSize")]
    [InlineData(10, -1, 100, "Inbound:Writes:Linger")]
    [InlineData(10, 2, 5, "Inbound:Writes:QueueCapacity")]
    public void RejectsGroupCommitSettingsOutOfRangeNamingTheSetting(int batchSize, int lingerMs, int capacity, string setting)
    {
        var options = new InboundWriteOptions { BatchSize = batchSize, Linger = TimeSpan.FromMilliseconds(lingerMs), QueueCapacity = capacity };
        var result = new InboundWriteOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(setting, result.FailureMessage, StringComparison.Ordinal);
    }

    private static InboundWrite Write(string key)
    {
        var e = new WebhookEvent { OrganizationId = Guid.NewGuid(), DedupeKey = key, Url = "/webhooks/twilio/sms", RawBody = "" };
        return new InboundWrite(e, new InboundJob { OrganizationId = e.OrganizationId.Value, WebhookEventId = e.Id });
    }

    private static async Task<RunningWriter> StartedAsync(IInboundBatchStore store, InboundWriteOptions options)
    {
        var writer = new InboundWriter(store, new InboundSignal(), Options.Create(options), TimeProvider.System, NullLogger<InboundWriter>.Instance);
        await writer.StartAsync(CancellationToken.None);
        return new RunningWriter(writer);
    }

    private sealed class RunningWriter(InboundWriter writer) : IAsyncDisposable
    {
        public InboundWriter Writer => writer;

        public async ValueTask DisposeAsync()
        {
            await writer.StopAsync(CancellationToken.None);
            writer.Dispose();
        }
    }

    private sealed class ScriptedStore : IInboundBatchStore
    {
        public bool BlockFirst { get; init; }

        public List<IReadOnlyList<InboundWrite>> Batches { get; } = [];

        public TaskCompletionSource FirstEntered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource ReleaseFirst { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<IReadOnlyList<InboundWriteOutcome>> StoreAsync(IReadOnlyList<InboundWrite> batch, CancellationToken ct)
        {
            var isFirst = Batches.Count == 0;
            Batches.Add(batch.ToList());
            if (BlockFirst && isFirst)
            {
                FirstEntered.SetResult();
                await ReleaseFirst.Task;
            }
            else
            {
                await Task.Yield();
            }

            return batch.Select(_ => InboundWriteOutcome.Stored).ToList();
        }
    }
}
