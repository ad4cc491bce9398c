namespace Switchboard.Inbound.Writes;

/// <summary>Stores one batch of webhook writes in one transaction and settles each of them.</summary>
public interface IInboundBatchStore
{
    /// <summary>
    /// Commits every write whose dedupe key is new and returns how each ended, in order. Throws
    /// when the transaction fails: then nothing of the batch is stored.
    /// </summary>
    Task<IReadOnlyList<InboundWriteOutcome>> StoreAsync(IReadOnlyList<InboundWrite> batch, CancellationToken ct);
}
