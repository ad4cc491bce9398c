using Switchboard.Workers;

namespace Switchboard.Delivery;

/// <summary>Wakes the outbox dispatcher after an outbox row commits.</summary>
public sealed class OutboxSignal : WakeSignal;
