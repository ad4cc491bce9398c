using Switchboard.Workers;

namespace Switchboard.Inbound.Jobs;

/// <summary>Wakes the inbound job worker after a webhook's batch or a replay commits.</summary>
public sealed class InboundSignal : WakeSignal;
